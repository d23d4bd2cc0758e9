import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { ErrorBoundary } from '@/components/error-boundary'
import { searchableIndex } from '@/features/operation-index/index-rows'
import { OperationIndex } from '@/features/operation-index/components/operation-index'
import type { DescriptionSource } from '@/features/spec-loader/description-source'
import type { LoadedDescription } from '@/features/spec-loader/loaded-description'
import { useDisplayedDescription } from '@/features/spec-loader/use-displayed-description'
import type { SliceSelection } from '@/lib/openapi/build-slice'
import { parseDeepLink } from '@/lib/openapi/deep-link'
import { afterNextPaint } from '@/lib/after-next-paint'
import { useLocationHash } from '@/lib/use-location-hash'

// Swagger UI is most of the JavaScript; the shell and the index paint before it arrives.
const SlicedExplorer = lazy(() => import('./sliced-explorer'))

/**
 * Up to this many operations Swagger UI shows the whole description at
 * once, quickly; beyond it, one tag at a time, picked in the index.
 */
const WHOLE_DESCRIPTION_MAX_OPERATIONS = 80

export function ReferencePlaceholder() {
  return (
    <p className="explorer-placeholder" role="status">
      Loading the API reference…
    </p>
  )
}

const placeholder = <ReferencePlaceholder />

function sliceKey(selection: SliceSelection): string {
  return selection.kind === 'tag' ? `tag:${selection.tag}` : selection.kind
}

function LoadedApiReference({
  source,
  description,
  descriptionKey,
}: {
  source: DescriptionSource
  description: LoadedDescription
  descriptionKey: string
}) {
  const { index: contents } = description
  const hash = useLocationHash()
  // A hash that changed since this description opened came from a click, not from the page's address.
  const [openedWith] = useState(hash)
  // Swagger UI's chunk and its stylesheet are requested once the index has
  // painted: their preload links and the restyle their CSS brings would
  // otherwise hold that paint up (docs/performance.md).
  const [paneStarted, setPaneStarted] = useState(false)
  useEffect(() => afterNextPaint(() => setPaneStarted(true)), [])
  const index = useMemo(
    () => searchableIndex(contents.tags, contents.operations),
    [contents],
  )
  const whole =
    !contents.sliceable ||
    contents.operations.length <= WHOLE_DESCRIPTION_MAX_OPERATIONS
  const link = parseDeepLink(hash)
  const known = link && contents.tags.some((tag) => tag.name === link.tag)
  const current = known ? link : null
  const selection: SliceSelection = whole
    ? { kind: 'all' }
    : current
      ? { kind: 'tag', tag: current.tag }
      : { kind: 'overview' }
  const key = sliceKey(selection)

  return (
    <div className="reference-layout">
      <OperationIndex index={index} current={current} hasOverview={!whole} />
      <div className="reference-content">
        {link && !known && (
          <p className="alert alert-warn" role="status">
            This description has no tag “{link.tag}”. Pick an operation in the
            list.
          </p>
        )}
        <ErrorBoundary
          resetKey={`${descriptionKey} ${key}`}
          fallback={(error) => (
            <div role="alert" className="alert alert-error">
              <strong>This description could not be displayed.</strong>{' '}
              {error instanceof RangeError
                ? 'It is nested too deeply for Swagger UI, which ran out of stack'
                : error.message.replace(/\.$/, '')}
              . Load another description above.
            </div>
          )}
        >
          <Suspense fallback={placeholder}>
            {paneStarted ? (
              <SlicedExplorer
                key={key}
                index={contents}
                source={source}
                selection={selection}
                deepLink={hash}
                overview={selection.kind === 'overview'}
                focusDeepLink={hash !== openedWith}
              />
            ) : (
              placeholder
            )}
          </Suspense>
        </ErrorBoundary>
      </div>
    </div>
  )
}

/** The operation index beside Swagger UI, which shows the part of the description the user opened. */
export function ApiReference() {
  const { source, key, description, isLoading } = useDisplayedDescription()
  if (isLoading || !description || !source || key === null) return placeholder
  return (
    <LoadedApiReference
      key={key}
      source={source}
      description={description}
      descriptionKey={key}
    />
  )
}
