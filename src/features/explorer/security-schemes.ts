/** The schemes our token and Basic credentials can fill, by name, with their definitions. */
export interface FillableSchemes {
  apiToken: Record<string, unknown>
  basic: Record<string, unknown>
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Finds the schemes that take an App Center API token (an apiKey in the
 * X-API-Token header) and HTTP Basic, in OpenAPI 3 or Swagger 2.0.
 */
export function fillableSchemes(
  document: Record<string, unknown>,
): FillableSchemes {
  const components = isRecord(document.components) ? document.components : {}
  const schemes = isRecord(components.securitySchemes)
    ? components.securitySchemes
    : isRecord(document.securityDefinitions)
      ? document.securityDefinitions
      : {}
  const found: FillableSchemes = { apiToken: {}, basic: {} }
  for (const [name, scheme] of Object.entries(schemes)) {
    if (!isRecord(scheme)) continue
    const headerName =
      typeof scheme.name === 'string' ? scheme.name.toLowerCase() : ''
    if (
      scheme.type === 'apiKey' &&
      scheme.in === 'header' &&
      headerName === 'x-api-token'
    )
      found.apiToken[name] = scheme
    const basic =
      scheme.type === 'basic' ||
      (scheme.type === 'http' &&
        String(scheme.scheme).toLowerCase() === 'basic')
    if (basic) found.basic[name] = scheme
  }
  return found
}
