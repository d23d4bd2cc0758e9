import { useMemo } from 'react'
import Explorer, { type ExplorerProps } from '@/features/explorer/explorer'
import { buildSlice, type SliceSelection } from '@/lib/openapi/build-slice'
import type { DescriptionDigest } from '@/lib/openapi/digest-description'

/**
 * Swagger UI given the part of the description the user opened, rebuilt
 * from the digest. Loaded with Swagger UI's chunk, so the slicing code is
 * not in the first bundle either.
 */
export default function ExplorerPane({
  digest,
  selection,
  ...props
}: Omit<ExplorerProps, 'spec'> & {
  digest: DescriptionDigest
  selection: SliceSelection
}) {
  // Mounted per selection (by key): the slice is built once per mount.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const spec = useMemo(() => buildSlice(digest, selection), [digest])
  return <Explorer spec={spec} {...props} />
}
