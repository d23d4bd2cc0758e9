export interface SplitPath {
  /** May be cut short (with an ellipsis) when the row is narrow. */
  head: string
  /** Always shown whole: what tells neighbouring rows apart. */
  tail: string
}

const isParameter = (segment: string) => segment.startsWith('{')

/**
 * Splits a path so a narrow row can cut its middle and keep its end:
 * "/v0.1/apps/{owner_name}/{app_name}/…/releases/{release_id}". The end is
 * the last two segments, one more when the first of them is a parameter
 * (".../releases/{release_id}/groups", not ".../{release_id}/groups").
 */
export function splitPath(path: string): SplitPath {
  const segments = path.split(/(?=\/)/g)
  if (segments.length <= 4) return { head: path, tail: '' }
  let kept = 2
  if (isParameter(segments[segments.length - kept]!.slice(1))) kept++
  return {
    head: segments.slice(0, -kept).join(''),
    tail: segments.slice(-kept).join(''),
  }
}
