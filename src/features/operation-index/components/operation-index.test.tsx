import {
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type {
  IndexedOperation,
  IndexedTag,
} from '@/lib/openapi/digest-description'
import { searchableIndex } from '../index-rows'
import { layOutIndex } from '../testing/lay-out-index'
import { OperationIndex } from './operation-index'

function manyOperations(count: number) {
  const operations: IndexedOperation[] = Array.from(
    { length: count },
    (_, at) => ({
      method: at % 2 ? 'post' : 'get',
      path: `/v0.1/things/${at}`,
      summary: `Thing number ${at}`,
      operationId: `things_${at}`,
      linkId: `things_${at}`,
      deprecated: at === 3,
      tags: ['things'],
    }),
  )
  const tags: IndexedTag[] = [
    {
      name: 'things',
      description: 'All the things',
      operations: operations.map((_, at) => at),
    },
  ]
  return searchableIndex(tags, operations)
}

const links = () =>
  within(screen.getByRole('navigation', { name: 'Operations' })).getAllByRole(
    'link',
  )

describe('OperationIndex', () => {
  layOutIndex()

  it('links every drawn operation to its Swagger UI deep link', () => {
    render(
      <OperationIndex index={manyOperations(3)} current={null} hasOverview />,
    )
    expect(
      screen.getByRole('link', {
        name: /^GET \/v0\.1\/things\/0 Thing number 0/,
      }),
    ).toHaveProperty('hash', '#/things/things_0')
    expect(screen.getByRole('link', { name: /^things/ })).toHaveProperty(
      'hash',
      '#/things',
    )
    expect(screen.getByRole('status').textContent).toBe('3 operations')
    expect(
      screen
        .getByRole('link', { name: 'Overview' })
        .getAttribute('aria-current'),
    ).toBe('page')
  })

  it('draws only the rows near the viewport of a long list', () => {
    render(
      <OperationIndex
        index={manyOperations(3000)}
        current={null}
        hasOverview={false}
      />,
    )
    const drawn = links().length
    expect(drawn).toBeGreaterThan(10)
    expect(drawn).toBeLessThan(100)
    // The list still says how long it is, for assistive technology.
    const first = screen.getAllByRole('listitem')[0]!
    expect(first.getAttribute('aria-setsize')).toBe('3001')
    expect(first.getAttribute('aria-posinset')).toBe('1')
  })

  it('marks the operation on screen, even far down, and draws it', async () => {
    render(
      <OperationIndex
        index={manyOperations(3000)}
        current={{ tag: 'things', linkId: 'things_2500' }}
        hasOverview
      />,
    )
    const current = await screen.findByRole('link', {
      name: /^GET \/v0\.1\/things\/2500 /,
    })
    expect(current.getAttribute('aria-current')).toBe('location')
    expect(
      screen
        .getByRole('link', { name: 'Overview' })
        .getAttribute('aria-current'),
    ).toBeNull()
  })

  it('filters as the user types and says how many match', () => {
    render(
      <OperationIndex
        index={manyOperations(300)}
        current={null}
        hasOverview={false}
      />,
    )
    fireEvent.change(screen.getByLabelText('Filter operations'), {
      target: { value: 'things/25' },
    })
    // 25 and 250–259.
    expect(links().map((link) => link.getAttribute('href'))).toEqual([
      '#/things',
      '#/things/things_25',
      ...Array.from({ length: 10 }, (_, at) => `#/things/things_${250 + at}`),
    ])
    expect(screen.getByRole('status').textContent).toBe(
      '11 of 300 operations match',
    )
  })

  it('moves focus with the arrow keys, Home and End, drawing rows as needed', async () => {
    render(
      <OperationIndex
        index={manyOperations(500)}
        current={null}
        hasOverview={false}
      />,
    )
    fireEvent.keyDown(screen.getByLabelText('Filter operations'), {
      key: 'ArrowDown',
    })
    expect(document.activeElement?.textContent).toMatch(/^things/)
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' })
    expect(document.activeElement?.getAttribute('href')).toBe(
      '#/things/things_0',
    )
    fireEvent.keyDown(document.activeElement!, { key: 'End' })
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('href')).toBe(
        '#/things/things_499',
      ),
    )
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' })
    expect(document.activeElement?.getAttribute('href')).toBe(
      '#/things/things_498',
    )
    fireEvent.keyDown(document.activeElement!, { key: 'Home' })
    await waitFor(() =>
      expect(document.activeElement?.textContent).toMatch(/^things/),
    )
  })

  it('shows a deprecated operation’s path struck through', () => {
    render(
      <OperationIndex index={manyOperations(5)} current={null} hasOverview />,
    )
    const deprecated = screen.getByRole('link', { name: /\/v0\.1\/things\/3/ })
    expect(deprecated.querySelector('s')?.textContent).toBe('/v0.1/things/3')
  })
})
