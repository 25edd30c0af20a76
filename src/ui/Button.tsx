import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';

type Variant = 'primary' | 'secondary' | 'subtle' | 'danger';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class'> {
  variant?: Variant;
  big?: boolean;
  class?: string;
  children: ComponentChildren;
}

const variantClass: Record<Variant, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
  danger: 'utrecht-button--secondary-action utrecht-button--danger',
};

/** NL Design System (Utrecht) button; at least 44x44 px everywhere, bigger with `big`. */
export function Button({
  variant = 'secondary',
  big,
  class: cls,
  type = 'button',
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      class={`utrecht-button ${variantClass[variant]}${big ? ' bs-button--big' : ''}${cls ? ` ${cls}` : ''}`}
      {...rest}
    >
      {children}
    </button>
  );
}

export function LinkButton({
  href,
  variant = 'secondary',
  children,
  id,
}: {
  href: string;
  variant?: Variant;
  children: ComponentChildren;
  id?: string;
}) {
  const v =
    variant === 'primary' ? 'utrecht-button-link--primary-action' : 'utrecht-button-link--secondary-action';
  return (
    <a href={href} id={id} class={`utrecht-button-link utrecht-button-link--html-a ${v}`}>
      {children}
    </a>
  );
}
