/**
 * Our description of a component schema, keyed by its name. Schemas missing
 * here carry no description: their name and properties speak for them.
 */
export const SCHEMAS: Readonly<Record<string, string>> = {}
