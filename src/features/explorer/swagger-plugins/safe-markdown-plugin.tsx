import { renderDescription } from '../description-markup'

interface MarkdownProps {
  source?: unknown
  className?: string
}

interface SpecSystem {
  specSelectors: { isOAS3(): boolean }
}

/**
 * Every description Swagger UI shows (the API's, tags', operations',
 * parameters', responses', schemas') goes through its Markdown component:
 * this replaces it, and the OpenAPI 3 plugin's wrapper around it, with one
 * that renders the same markdown and sanitizes it with our stricter rules.
 */
export function safeMarkdownPlugin() {
  return {
    wrapComponents: {
      Markdown: (_original: unknown, system: SpecSystem) =>
        function SafeMarkdown({ source, className }: MarkdownProps) {
          if (typeof source !== 'string' || !source) return null
          const openapi3 = system.specSelectors.isOAS3()
          const html = renderDescription(
            source,
            openapi3 ? 'openapi3' : 'swagger2',
          )
          if (!html) return null
          // Swagger UI's stylesheet styles its two renderers by these class names.
          const kind = openapi3 ? 'renderedMarkdown' : 'markdown'
          return (
            <div
              className={className ? `${className} ${kind}` : kind}
              dangerouslySetInnerHTML={{ __html: html }}
            />
          )
        },
    },
  }
}
