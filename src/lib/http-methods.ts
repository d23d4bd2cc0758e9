/** The operation keys of an OpenAPI path item (Swagger 2.0 and OpenAPI 3 alike). */
export const HTTP_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const
