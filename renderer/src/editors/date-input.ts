/** A date typed as text (never `<input type=date>`), so an impossible date gets a field error. */
export const DATE_INPUT = { type: 'text', inputMode: 'numeric', placeholder: 'YYYY-MM-DD' } as const;
