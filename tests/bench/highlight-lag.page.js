// The in-page half of the highlight-lag benchmark (highlight-lag.bench.ts).
// Plain script, no modules: the bench installs it with addInitScript, before
// the app's own scripts, and drives it through `window['__lagBench']`. Everything
// it measures is on one clock, the page's performance.now(), the same clock the
// fake YouTube player (tests/e2e/fake-youtube/iframe-api.js) runs on.
//
// - The crossing: while PLAYING the fake's true media time is exactly
//   `base + (performance.now() - baseAt) / 1000 * rate` (its trueTime()). Those
//   fields are private, so the line is recovered from two bracketed samples of
//   trueTime() (performance.now() just before and after each), and checked
//   against a third sample taken after the crossing. The wall time at which the
//   true time reaches the boundary is then computed, not sampled.
// - The highlight: a MutationObserver on the note's `data-active` attributes
//   records performance.now() when React's commit has changed them.
// - Each change is split in two at the start of the task it came in (timers and
//   animation frames are wrapped to note when their callbacks begin): from the
//   crossing to the app reading the time, and from that read to the DOM change.
// - React commits are counted through the React DevTools global hook, which
//   React calls after every commit, production builds included.
;(function installLagBench() {
  'use strict'

  var PLAYING = 1

  // React looks for this object when react-dom loads; `inject` must return a renderer id.
  var commits = 0
  window['__REACT_DEVTOOLS_GLOBAL_HOOK__'] = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: function () {
      return 1
    },
    onCommitFiberRoot: function () {
      commits += 1
    },
    onCommitFiberUnmount: function () {},
    onPostCommitFiberRoot: function () {},
    checkDCE: function () {},
  }

  // When the last timer or frame callback began: the app reads the time in one
  // (a rAF callback, or a 250 ms interval), and React commits in a microtask of
  // that same task, so at a highlight change this is when the app read the time.
  var lastTask = { start: 0, kind: 'none' }
  function timed(kind, callback) {
    if (typeof callback !== 'function') return callback
    return function () {
      lastTask = { start: performance.now(), kind: kind }
      return callback.apply(this, arguments)
    }
  }
  var originals = {
    requestAnimationFrame: window.requestAnimationFrame,
    setInterval: window.setInterval,
    setTimeout: window.setTimeout,
  }
  window.requestAnimationFrame = function (callback) {
    return originals.requestAnimationFrame.call(window, timed('frame', callback))
  }
  window.setInterval = function (callback, ms, ...rest) {
    return originals.setInterval.call(window, timed('interval', callback), ms, ...rest)
  }
  window.setTimeout = function (callback, ms, ...rest) {
    return originals.setTimeout.call(window, timed('timeout', callback), ms, ...rest)
  }

  function fake() {
    var control = window['__fakeYouTube']
    if (!control) throw new Error('lag bench: the fake YouTube API has not loaded')
    return control
  }

  function article() {
    var element = document.querySelector('article[data-note]')
    if (!element) throw new Error('lag bench: no article[data-note] on the page')
    return element
  }

  function activeIds() {
    return Array.from(article().querySelectorAll('[data-claim-id][data-active]'), function (el) {
      return el.getAttribute('data-claim-id')
    }).toSorted()
  }

  function sameIds(a, b) {
    return a.length === b.length && a.every((id, i) => id === b[i])
  }

  function sleep(ms) {
    return new Promise(function (resolve) {
      setTimeout(resolve, Math.max(0, ms))
    })
  }

  /** Polls `test` every few ms; resolves true when it holds, false after `timeoutMs`. */
  async function waitFor(test, timeoutMs) {
    var deadline = performance.now() + timeoutMs
    while (!test()) {
      if (performance.now() > deadline) return false
      await sleep(5)
    }
    return true
  }

  /** The fake's true time and the wall time it belongs to, bracketed. */
  function sample() {
    var before = performance.now()
    var t = fake().trueTime()
    var after = performance.now()
    return { at: (before + after) / 2, t: t, spreadMs: after - before }
  }

  // One observer for the whole run: each callback is one batch of data-active
  // changes, i.e. one React commit that moved the highlight.
  var observer = null
  var waiter = null
  function watchHighlight() {
    if (observer) return
    observer = new MutationObserver(function () {
      var entry = { at: performance.now(), active: activeIds(), commits: commits, task: lastTask }
      if (waiter) {
        var resolve = waiter
        waiter = null
        resolve(entry)
      }
    })
    observer.observe(article(), {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-active'],
    })
  }

  /** The first highlight change from now on, or null after `timeoutMs`. */
  function nextHighlightChange(timeoutMs) {
    return new Promise(function (resolve) {
      var timer = setTimeout(function () {
        waiter = null
        resolve(null)
      }, timeoutMs)
      waiter = function (entry) {
        clearTimeout(timer)
        resolve(entry)
      }
    })
  }

  /**
   * One crossing: at wall-clock `scrubAtEpoch` (Date.now(), shared by every page)
   * scrub the fake to `boundary - lead`, let it play, and time the highlight
   * change against the moment the true time reaches `boundary`.
   */
  async function measureCrossing(item) {
    watchHighlight()
    var control = fake()
    await sleep(item.scrubAtEpoch - Date.now())
    var seekTo = item.boundary - item.lead
    // The fake logs every API call (the frame loop makes ~180 a second); keep
    // the page's heap flat from crossing to crossing.
    control.clearLog()
    var scrubbedAt = performance.now()
    control.scrub(seekTo)
    // The fake: BUFFERING in a 0 ms timer, PLAYING `bufferingMs` later.
    await sleep(control.config.bufferingMs + 150)
    if (!(await waitFor(() => control.state() === PLAYING, 2000)))
      return { ok: false, why: 'the fake never went back to PLAYING after the scrub' }
    var first = sample()
    var rate = control.lastReport().rate
    // Sleep to shortly before the crossing, then fix the line on a second sample.
    await sleep(first.at + ((item.boundary - first.t) / rate) * 1000 - 250 - performance.now())
    var second = sample()
    var slope = (second.t - first.t) / ((second.at - first.at) / 1000)
    var crossAt = second.at + ((item.boundary - second.t) / rate) * 1000
    var before = activeIds()
    var commitsBefore = commits
    var change = await nextHighlightChange(crossAt - performance.now() + item.timeoutMs)
    var third = sample()
    var predicted = second.t + ((third.at - second.at) / 1000) * rate
    return {
      ok: true,
      boundary: item.boundary,
      seekTo: seekTo,
      crossAfterScrubMs: crossAt - scrubbedAt,
      lagMs: change ? change.at - crossAt : null,
      commits: change ? change.commits - commitsBefore : 0,
      taskStartMs: change ? change.task.start - crossAt : null,
      taskKind: change ? change.task.kind : null,
      beforeOk: sameIds(before, item.before),
      afterOk: change ? sameIds(change.active, item.after) : false,
      slopeError: Math.abs(slope - rate),
      lineErrorMs: (Math.abs(third.t - predicted) * 1000) / rate,
      stillPlaying: control.state() === PLAYING,
      sampleSpreadMs: Math.max(first.spreadMs, second.spreadMs, third.spreadMs),
    }
  }

  /**
   * A stretch of playback inside one window: DOM mutations in the article
   * (attributes, child lists, text), React commits anywhere, and animation
   * frames, over `durationMs`, after scrubbing to `seekTo` and `settleMs` of play.
   */
  async function measureQuiet(options) {
    var control = fake()
    await sleep(options.startAtEpoch - Date.now())
    control.scrub(options.seekTo)
    await sleep(options.settleMs)
    var records = 0
    var batches = 0
    var mutations = new MutationObserver(function (list) {
      records += list.length
      batches += 1
    })
    mutations.observe(article(), {
      subtree: true,
      attributes: true,
      childList: true,
      characterData: true,
    })
    var frames = 0
    var counting = true
    var countFrame = function () {
      frames += 1
      if (counting) requestAnimationFrame(countFrame)
    }
    requestAnimationFrame(countFrame)
    var commitsBefore = commits
    var start = sample()
    var activeAtStart = activeIds()
    await sleep(options.durationMs)
    var end = sample()
    counting = false
    // Records still queued are delivered by takeRecords, not by the callback.
    records += mutations.takeRecords().length
    mutations.disconnect()
    return {
      seconds: (end.at - start.at) / 1000,
      mediaFrom: start.t,
      mediaTo: end.t,
      records: records,
      batches: batches,
      commits: commits - commitsBefore,
      frames: frames,
      sameActive: sameIds(activeAtStart, activeIds()),
      stillPlaying: control.state() === PLAYING,
    }
  }

  /** The note's claims and their citation times, from the public DOM contract. */
  function claims() {
    return Array.from(article().querySelectorAll('[data-claim-id]'), function (el) {
      return {
        id: el.getAttribute('data-claim-id'),
        times: (el.getAttribute('data-claim-times') || '').split(' ').filter(Boolean).map(Number),
      }
    })
  }

  window['__lagBench'] = {
    claims: claims,
    commits: function () {
      return commits
    },
    measureCrossing: measureCrossing,
    measureQuiet: measureQuiet,
  }
})()
