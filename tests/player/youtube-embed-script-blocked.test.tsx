// @vitest-environment jsdom
import { act, render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { YouTubeEmbed, type YouTubeEmbedProps } from '../../src/player/youtube-embed.tsx'
import { FakeYouTube, fireYouTube, resetFakeYouTube } from './react-youtube-fake.tsx'

vi.mock('react-youtube', async () => ({
  default: (await import('./react-youtube-fake.tsx')).FakeYouTube,
}))

// These tests share one page's life, in order: youtube-player remembers a
// failed script load for as long as the page lives, and so does the embed.
describe('YouTubeEmbed when the IFrame API script fails to load', () => {
  it('reports script-blocked when react-youtube passes on the load error', () => {
    const onFailure = vi.fn<YouTubeEmbedProps['onFailure']>()
    render(
      <YouTubeEmbed
        videoId="_ziODBruqdA"
        onPlayer={vi.fn<YouTubeEmbedProps['onPlayer']>()}
        onFailure={onFailure}
      />,
    )
    act(() =>
      fireYouTube('onError', new Error('Failed to load https://www.youtube.com/iframe_api')),
    )
    expect(onFailure).toHaveBeenCalledExactlyOnceWith('script-blocked')
  })

  it('reports script-blocked at once for a later video, without a player that would wait forever', () => {
    resetFakeYouTube()
    const onFailure = vi.fn<YouTubeEmbedProps['onFailure']>()
    render(
      <YouTubeEmbed
        videoId="abcdefghijk"
        onPlayer={vi.fn<YouTubeEmbedProps['onPlayer']>()}
        onFailure={onFailure}
      />,
    )
    expect(onFailure).toHaveBeenCalledExactlyOnceWith('script-blocked')
    expect(FakeYouTube.state.renders).toBe(0)
  })
})
