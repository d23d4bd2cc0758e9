import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useAppSelection } from '@/stores/app-selection-store'
import { CliCommand } from './cli-command'

afterEach(() => {
  useAppSelection.getState().clear()
  vi.unstubAllGlobals()
})

const region = () => screen.getByRole('region', { name: 'App Center CLI' })

describe('CliCommand', () => {
  it('shows the command with placeholders until an app is chosen, then with that app', () => {
    render(<CliCommand operationId="codePushDeployments_list" />)
    expect(region().querySelector('code')!.textContent).toBe(
      'appcenter codepush deployment list --app <owner_name>/<app_name>',
    )
    expect(screen.getByRole('status').textContent).toBe(
      'Choose an app in the first-call guide to fill in --app.',
    )
    act(() =>
      useAppSelection
        .getState()
        .select({ owner_name: 'contoso', app_name: 'Contoso-iOS' }),
    )
    expect(region().querySelector('code')!.textContent).toBe(
      'appcenter codepush deployment list --app contoso/Contoso-iOS',
    )
    expect(screen.getByRole('status').textContent).toBe('')
  })

  it('copies the command', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    render(<CliCommand operationId="apps_list" />)
    fireEvent.click(screen.getByRole('button', { name: 'Copy command' }))
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy()
    expect(writeText).toHaveBeenCalledWith('appcenter apps list')
  })

  it('selects the command for the user to copy when the clipboard says no', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('denied')))
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    render(<CliCommand operationId="apps_list" />)
    fireEvent.click(screen.getByRole('button', { name: 'Copy command' }))
    expect(
      await screen.findByText(/the command is selected, press Ctrl\+C/),
    ).toBeTruthy()
    expect(window.getSelection()!.toString()).toBe('appcenter apps list')
  })

  it('shows nothing for an operation the CLI does not cover', () => {
    const { container } = render(<CliCommand operationId="Push_Send" />)
    expect(container.innerHTML).toBe('')
  })
})
