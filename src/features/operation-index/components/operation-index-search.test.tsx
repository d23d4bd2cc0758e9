import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { IndexedOperation } from '@/lib/openapi/digest-description'
import { searchableIndex } from '../index-rows'
import { layOutIndex } from '../testing/lay-out-index'
import { OperationIndex } from './operation-index'

const operations: IndexedOperation[] = [
  ['/v0.1/user/invitations', 'Pending invitations', 'invitations_list'],
  ['/v0.1/apps', 'List apps', 'apps_list'],
  ['/v0.1/user', 'Get the profile', 'users_get'],
].map(([path, summary, operationId]) => ({
  method: 'get',
  path: path!,
  summary: summary!,
  operationId: operationId!,
  linkId: operationId!,
  deprecated: false,
  tags: ['account'],
}))
const index = searchableIndex(
  [{ name: 'account', description: '', operations: [0, 1, 2] }],
  operations,
)

describe('OperationIndex search', () => {
  layOutIndex()

  it('focuses the filter on Ctrl+K from anywhere, selecting what it holds, and says so', () => {
    render(<OperationIndex index={index} current={null} hasOverview />)
    const filter = screen.getByRole('searchbox', { name: 'Filter operations' })
    expect(filter.getAttribute('aria-keyshortcuts')).toBe('Control+K')
    expect(screen.getByText('Ctrl+K')).toBeTruthy()
    fireEvent.change(filter, { target: { value: 'apps' } })
    filter.blur()
    const press = fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true })
    expect(press).toBe(false) // the browser's own Ctrl+K is prevented
    expect(document.activeElement).toBe(filter)
    const input = filter as HTMLInputElement
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 4])
    // A plain k is typing, not the shortcut.
    filter.blur()
    expect(fireEvent.keyDown(document.body, { key: 'k' })).toBe(true)
    expect(document.activeElement).not.toBe(filter)
  })

  it('lists the exact path first', async () => {
    render(<OperationIndex index={index} current={null} hasOverview />)
    fireEvent.change(screen.getByLabelText('Filter operations'), {
      target: { value: 'user' },
    })
    const nav = screen.getByRole('navigation', { name: 'Operations' })
    await within(nav).findByText('2 of 3 operations match')
    const paths = [...nav.querySelectorAll('[data-path]')].map((link) =>
      link.getAttribute('data-path'),
    )
    expect(paths).toEqual(['/v0.1/user', '/v0.1/user/invitations'])
  })
})
