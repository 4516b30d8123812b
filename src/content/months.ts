// The months by name, for dates written out by hand: much quicker than starting Intl for them.
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
