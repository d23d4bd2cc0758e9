import { StrictMode } from 'react'
import { App } from './app'

/** What both the build's prerender and the page render: they must agree for hydration. */
export const appRoot = (
  <StrictMode>
    <App />
  </StrictMode>
)
