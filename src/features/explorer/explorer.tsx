import { useRef } from 'react'
import SwaggerUI from 'swagger-ui-react'
import 'swagger-ui-react/swagger-ui.css'
import './explorer.css'
import { useSingleMainLandmark } from './use-single-main-landmark'

export interface ExplorerProps {
  /** A parsed OpenAPI/Swagger document. */
  spec: Record<string, unknown>
}

/**
 * The only place that knows about Swagger UI. Several of its options apply
 * only on mount, so the app remounts it (by key) when the description changes.
 */
export default function Explorer({ spec }: ExplorerProps) {
  const container = useRef<HTMLDivElement>(null)
  useSingleMainLandmark(container)
  return (
    <div className="explorer" ref={container}>
      <SwaggerUI
        spec={spec}
        deepLinking
        filter
        displayRequestDuration
        requestSnippetsEnabled
        persistAuthorization={false}
        queryConfigEnabled={false}
        docExpansion="list"
        defaultModelsExpandDepth={0}
      />
    </div>
  )
}
