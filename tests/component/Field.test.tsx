import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SelectField, TextField } from '../../src/ui/Field';

afterEach(cleanup);

/** The texts aria-describedby points at, in order; each id must exist. */
function describedTexts(el: HTMLElement): string[] {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => {
    const target = document.getElementById(id);
    expect(target, `aria-describedby points at a missing id "${id}"`).not.toBeNull();
    return target?.textContent ?? '';
  });
}

describe('TextField and SelectField link their label, help and error to the control', () => {
  it('a one-line field: label, help text, no error yet', () => {
    const onValue = vi.fn();
    render(
      <TextField
        id="f-place"
        label="Plek"
        description="Waar is het?"
        value=""
        maxLength={80}
        onValue={onValue}
      />,
    );
    const input = screen.getByLabelText('Plek') as HTMLInputElement;
    expect(input.tagName).toBe('INPUT');
    expect(input.type).toBe('text');
    expect(input.maxLength).toBe(80);
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(describedTexts(input)).toEqual(['Waar is het?']);
    fireEvent.input(input, { target: { value: 'Buurthuis' } });
    expect(onValue).toHaveBeenCalledWith('Buurthuis');
  });

  it('an error makes the control invalid and is read after the help text', () => {
    render(
      <TextField
        id="f-text"
        label="Wat zei de bewoner?"
        description="In eigen woorden"
        error="Vul in wat er gezegd is."
        multiline
        extraClass="bs-textarea--short"
        value=""
        onValue={() => undefined}
      />,
    );
    const area = screen.getByLabelText('Wat zei de bewoner?');
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.getAttribute('aria-invalid')).toBe('true');
    expect(area.className).toContain('utrecht-textarea');
    expect(area.className).toContain('bs-textarea--short');
    expect(describedTexts(area)).toEqual(['In eigen woorden', 'Vul in wat er gezegd is.']);
  });

  it('no help text: only the error is linked, and nothing when there is none', () => {
    const { rerender } = render(
      <TextField id="f-other" label="Welke vorm?" value="x" onValue={() => undefined} />,
    );
    expect(screen.getByLabelText('Welke vorm?').getAttribute('aria-describedby')).toBeNull();
    rerender(
      <TextField id="f-other" label="Welke vorm?" error="Vul dit in." value="" onValue={() => undefined} />,
    );
    expect(describedTexts(screen.getByLabelText('Welke vorm?'))).toEqual(['Vul dit in.']);
  });

  it('a select gives the chosen option value', () => {
    const onValue = vi.fn();
    render(
      <SelectField id="f-buurt" label="Buurt" error="Kies een buurt." value="" onValue={onValue}>
        <option value="">Kies</option>
        <option value="heeg">De Heeg</option>
      </SelectField>,
    );
    const select = screen.getByLabelText('Buurt') as HTMLSelectElement;
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(describedTexts(select)).toEqual(['Kies een buurt.']);
    fireEvent.change(select, { target: { value: 'heeg' } });
    expect(onValue).toHaveBeenCalledWith('heeg');
  });
});
