import type { ComponentType } from 'react'
import { CliCommand } from './components/cli-command'

interface ParametersProps {
  /** The operation, as Swagger UI's Immutable map. */
  operation?: { get(key: string): unknown }
}

/**
 * Swagger UI plugin: an opened operation shows its CLI equivalent above its
 * parameters (the first part of every opened operation's body).
 */
export function cliCommandPlugin() {
  return {
    wrapComponents: {
      parameters: (Original: ComponentType<ParametersProps>) =>
        function ParametersWithCliCommand(props: ParametersProps) {
          const operationId = props.operation?.get('operationId')
          return (
            <>
              <CliCommand
                operationId={
                  typeof operationId === 'string' ? operationId : null
                }
              />
              <Original {...props} />
            </>
          )
        },
    },
  }
}
