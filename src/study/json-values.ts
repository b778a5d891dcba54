/** Type guards for values parsed from JSON that this site did not necessarily write. */

export const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

export const isCount = (value: unknown, minimum: number): value is number => Number.isInteger(value) && (value as number) >= minimum;
