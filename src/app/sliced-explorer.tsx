import { useMemo } from 'react'
import { cliCommandPlugin } from '@/features/cli-commands/cli-command-plugin'
import Explorer, { type ExplorerProps } from '@/features/explorer/explorer'
import { useSpecParts } from '@/features/spec-loader/api/get-spec'
import type { DescriptionSource } from '@/features/spec-loader/description-source'
import { buildSlice, type SliceSelection } from '@/lib/openapi/build-slice'
import type { DescriptionIndex } from '@/lib/openapi/digest-description'

// Other features' parts of Swagger UI, composed here since features do not import each other.
const explorerPlugins = [cliCommandPlugin]

/**
 * Swagger UI given the part of the description the user opened, rebuilt
 * from the index and the parts. Loaded with Swagger UI's chunk, so the
 * slicing code is not in the first bundle either. Suspends until the
 * parts are in (they follow the index); throws, for the error boundary
 * around it, if they could not be written.
 */
export default function SlicedExplorer({
  index,
  source,
  selection,
  ...props
}: Omit<ExplorerProps, 'spec'> & {
  index: DescriptionIndex
  source: DescriptionSource
  selection: SliceSelection
}) {
  const written = useSpecParts(source)
  // Mounted per selection (by key): the slice is built once per mount.
  const spec = useMemo(
    () =>
      buildSlice(
        { tags: index.tags, operations: index.operations, parts: written },
        selection,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, written],
  )
  return <Explorer spec={spec} extraPlugins={explorerPlugins} {...props} />
}
