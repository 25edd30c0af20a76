/** The benches' one quantile: the value at `q` (0-1) of the sorted list, the median at 0.5. */
export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** The middle value of `xs` (numbers), the upper one of the two middle values for an even count. */
export const median = (xs) => quantile(xs, 0.5);
