import { describe, expect, it } from 'vitest'
import { splitPath } from './split-path'

describe('splitPath', () => {
  it('keeps a short path whole', () => {
    expect(splitPath('/v0.1/user')).toEqual({ head: '/v0.1/user', tail: '' })
    expect(splitPath('/v0.1/apps/{owner_name}')).toEqual({
      head: '/v0.1/apps/{owner_name}',
      tail: '',
    })
  })

  it('keeps the last two segments of a long path as its end', () => {
    expect(
      splitPath('/v0.1/apps/{owner_name}/{app_name}/releases/{release_id}'),
    ).toEqual({
      head: '/v0.1/apps/{owner_name}/{app_name}',
      tail: '/releases/{release_id}',
    })
  })

  it('takes one segment more when the end would start with a parameter', () => {
    expect(
      splitPath(
        '/v0.1/apps/{owner_name}/{app_name}/releases/{release_id}/groups',
      ),
    ).toEqual({
      head: '/v0.1/apps/{owner_name}/{app_name}',
      tail: '/releases/{release_id}/groups',
    })
  })

  it('loses nothing: head and tail make the path', () => {
    const path =
      '/v0.1/apps/{owner_name}/{app_name}/crashes/{crash_id}/attachments'
    const { head, tail } = splitPath(path)
    expect(head + tail).toBe(path)
  })
})
