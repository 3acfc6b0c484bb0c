// A fake of https://www.youtube.com/iframe_api for browser tests. Plain script,
// no modules: Playwright serves it in place of the real one (see
// ../support/network.ts), so the app's real loading code (react-youtube →
// youtube-player → <script src=//www.youtube.com/iframe_api>) runs unchanged.
//
// It behaves like the real widget API where the app can tell the difference:
// - the playback methods are attached only when the player is ready; before,
//   calling one throws a TypeError (`player.playVideo is not a function`);
// - the player reports its time coarsely (every `reportIntervalMs`);
//   getCurrentTime() extrapolates from the last report while PLAYING, capped at
//   +1 s; it is stale after seekTo() until the next report and `undefined`
//   after cueVideoById()/loadVideoById() until the next report;
// - state changes arrive asynchronously: play → BUFFERING → PLAYING; seeking
//   an unstarted, cued or ended video starts it; the end of the video → ENDED;
// - errors 2, 5, 100, 101, 150 and 153 reach onError as `{ target, data }`;
// - destroy() removes the iframe and puts the original element back.
// Nothing is ever fetched: the iframe stays on about:blank, and the embed URL it
// would load is in its `data-src`.
//
// Tests drive and inspect it through `window.__fakeYouTube`; configure it before
// it loads with `window.__fakeYouTubeConfig` (page.addInitScript).
// @see https://developers.google.com/youtube/iframe_api_reference
;(function installFakeYouTube() {
  'use strict'

  // Like the real script: loading it twice does nothing the second time.
  if (window.YT && window.YT.loading) return

  var PlayerState = { UNSTARTED: -1, ENDED: 0, PLAYING: 1, PAUSED: 2, BUFFERING: 3, CUED: 5 }
  // YouTube's rates; a test may offer more (the reader's 16× scale tests) through config.playbackRates.
  var YOUTUBE_RATES = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2]
  var ERROR_CODES = [2, 5, 100, 101, 150, 153]
  // When each error comes unless the config says otherwise. The reference
  // lists the codes but not when they fire. What the real player does: the
  // embed page loads whatever the video (so onReady fires), then it finds the
  // video unplayable and fires onError; 5 (an HTML5 player error) needs
  // playback to have started. 'instead-of-ready' (no onReady ever) is there for
  // testing the app's own timeout, e.g. an embed that never comes up.
  var DEFAULT_TIMING = {
    2: 'after-ready',
    5: 'on-play',
    100: 'after-ready',
    101: 'after-ready',
    150: 'after-ready',
    153: 'after-ready',
  }

  // The names tests use: window.__fakeYouTubeConfig in, window.__fakeYouTube out.
  var CONFIG_GLOBAL = '__fakeYouTubeConfig'
  var CONTROL_GLOBAL = '__fakeYouTube'
  // Each player's hidden state, kept off the object the app sees.
  var internals = new WeakMap()
  function fakeOf(player) {
    return internals.get(player)
  }

  var config = {
    apiReadyDelayMs: 20, // the real script loads www-widgetapi.js before calling back
    readyDelayMs: 200,
    reportIntervalMs: 250,
    bufferingMs: 50,
    errorDelayMs: 50,
    extrapolationCapS: 1,
    defaultDurationS: 12000, // 3 h 20 min
    durations: {}, // videoId → seconds
    durationKnownAtReady: true, // false: getDuration() is 0 until playback starts
    errors: {}, // videoId or '*' → code or { code, timing }
    playbackRates: YOUTUBE_RATES, // what getAvailablePlaybackRates() offers, ascending
  }
  var initial = window[CONFIG_GLOBAL]
  if (initial && typeof initial === 'object') {
    Object.keys(initial).forEach(function (key) {
      if (!(key in config)) console.error('fake YouTube: unknown config key ' + key)
      config[key] = initial[key]
    })
  }

  var players = []
  var log = []
  var created = 0
  var destroyed = 0

  function now() {
    return performance.now()
  }

  function describeArg(value) {
    if (typeof value === 'function') return '[function]'
    if (value instanceof Element)
      return '<' + value.tagName.toLowerCase() + (value.id ? '#' + value.id : '') + '>'
    if (value && typeof value === 'object') {
      var copy = Array.isArray(value) ? [] : {}
      Object.keys(value).forEach(function (key) {
        copy[key] = describeArg(value[key])
      })
      return copy
    }
    return value
  }

  function record(player, method, args, by) {
    log.push({
      player: fakeOf(player).id,
      method: method,
      args: Array.prototype.map.call(args, describeArg),
      at: Math.round(now()),
      by: by,
      destroyed: fakeOf(player).destroyed,
    })
  }

  function reportLater(error) {
    setTimeout(function () {
      throw error
    }, 0)
  }

  function errorSpecFor(videoId) {
    var spec = config.errors[videoId]
    if (spec === undefined) spec = config.errors['*']
    if (spec === undefined || spec === null) return null
    var code = typeof spec === 'number' ? spec : spec.code
    if (ERROR_CODES.indexOf(code) === -1)
      throw new Error('fake YouTube: unknown error code ' + code)
    var timing = (typeof spec === 'object' && spec.timing) || DEFAULT_TIMING[code]
    return { code: code, timing: timing }
  }

  function durationOf(videoId) {
    var d = config.durations[videoId]
    return typeof d === 'number' ? d : config.defaultDurationS
  }

  function normaliseEventName(name) {
    return /^on[A-Z]/.test(name) ? name : 'on' + name.charAt(0).toUpperCase() + name.slice(1)
  }

  function nearestRate(rate) {
    // YouTube picks a supported rate; an unsupported one is rounded toward 1.
    var RATES = config.playbackRates
    if (RATES.indexOf(rate) !== -1) return rate
    var below = RATES.filter(function (r) {
      return r <= rate
    })
    var above = RATES.filter(function (r) {
      return r >= rate
    })
    if (rate > 1) return below.length ? below[below.length - 1] : RATES[RATES.length - 1]
    return above.length ? above[0] : RATES[0]
  }

  function Player(elementOrId, options) {
    if (!(this instanceof Player)) throw new TypeError('YT.Player must be called with new')
    var element =
      typeof elementOrId === 'string' ? document.getElementById(elementOrId) : elementOrId
    if (!element || !element.parentNode) throw new Error('YT.Player: no element to replace')
    options = options || {}
    var playerVars = options.playerVars || {}
    created += 1
    var self = this
    var f = {
      id: created,
      options: options,
      element: element,
      iframe: null,
      listeners: {},
      timers: new Set(),
      reportTimer: null,
      endTimer: null,
      destroyed: false,
      ready: false,
      error: null,
      videoId: options.videoId || '',
      state: PlayerState.UNSTARTED,
      rate: 1,
      muted: false,
      volume: 100,
      // The media time: `base` seconds at wall time `baseAt`, advancing only while PLAYING.
      base: Number(playerVars.start) || 0,
      baseAt: now(),
      // What YouTube last told the page: null until the first report.
      report: null,
      playingSince: 0,
      durationKnown: false,
    }
    internals.set(this, f)
    record(this, 'constructor', [elementOrId, options], 'app')

    var iframe = document.createElement('iframe')
    iframe.id = element.id
    iframe.setAttribute('frameborder', '0')
    iframe.setAttribute('allowfullscreen', '')
    iframe.setAttribute(
      'allow',
      // YouTube also asks for web-share, which Linux Chromium warns about in the console.
      'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture',
    )
    iframe.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin')
    iframe.setAttribute('title', 'YouTube video player')
    iframe.setAttribute('width', String(options.width || 640))
    iframe.setAttribute('height', String(options.height || 360))
    iframe.setAttribute('data-fake-youtube', String(f.id))
    iframe.setAttribute('data-src', embedUrl(f.videoId, playerVars, f.id))
    iframe.src = 'about:blank'
    element.parentNode.replaceChild(iframe, element)
    f.iframe = iframe
    players.push(this)

    var events = options.events || {}
    Object.keys(events).forEach(function (name) {
      addListener(f, name, events[name])
    })

    var spec = errorSpecFor(f.videoId)
    if (spec && spec.timing === 'instead-of-ready') {
      later(f, config.readyDelayMs, function () {
        fail(self, spec.code)
      })
      return
    }
    later(f, config.readyDelayMs, function () {
      becomeReady(self, spec)
      if (Number(playerVars.autoplay) === 1 && !f.error) self.playVideo()
    })
  }

  function embedUrl(videoId, playerVars, id) {
    var query = ['enablejsapi=1', 'origin=' + encodeURIComponent(location.origin), 'widgetid=' + id]
    Object.keys(playerVars).forEach(function (key) {
      query.push(encodeURIComponent(key) + '=' + encodeURIComponent(playerVars[key]))
    })
    return 'https://www.youtube.com/embed/' + encodeURIComponent(videoId) + '?' + query.join('&')
  }

  function later(f, ms, fn) {
    var timer = setTimeout(function () {
      f.timers.delete(timer)
      if (!f.destroyed) fn()
    }, ms)
    f.timers.add(timer)
  }

  function emit(player, name, data) {
    var f = fakeOf(player)
    if (f.destroyed) return
    var event = { target: player, data: data === undefined ? null : data }
    ;(f.listeners[name] || []).slice().forEach(function (listener) {
      try {
        listener(event)
      } catch (error) {
        reportLater(error)
      }
    })
  }

  function setState(player, state, force) {
    var f = fakeOf(player)
    if (f.state === state && !force) return
    rebase(f)
    f.state = state
    clearEndTimer(f)
    if (state === PlayerState.PLAYING) {
      f.playingSince = now()
      f.durationKnown = true
      scheduleEnd(player)
    }
    emit(player, 'onStateChange', state)
  }

  function trueTime(f) {
    var t = f.base
    if (f.state === PlayerState.PLAYING) t += ((now() - f.baseAt) / 1000) * f.rate
    return Math.min(t, durationOf(f.videoId))
  }

  function rebase(f) {
    f.base = trueTime(f)
    f.baseAt = now()
  }

  function takeReport(f) {
    f.report = { time: trueTime(f), at: now(), rate: f.rate }
  }

  function startReports(f) {
    if (f.reportTimer !== null) clearInterval(f.reportTimer)
    f.reportTimer = setInterval(function () {
      takeReport(f)
    }, config.reportIntervalMs)
  }

  function clearEndTimer(f) {
    if (f.endTimer !== null) clearTimeout(f.endTimer)
    f.endTimer = null
  }

  function scheduleEnd(player) {
    var f = fakeOf(player)
    var remaining = durationOf(f.videoId) - trueTime(f)
    f.endTimer = setTimeout(
      function () {
        f.endTimer = null
        if (f.destroyed || f.state !== PlayerState.PLAYING) return
        f.base = durationOf(f.videoId)
        f.baseAt = now()
        setState(player, PlayerState.ENDED)
      },
      Math.max(0, (remaining / f.rate) * 1000),
    )
  }

  // play → BUFFERING → PLAYING, unless a pending error 5 interrupts it.
  // playVideo() on an ended video starts again from 0; seekTo() does not.
  function startPlayback(player, rewindIfEnded) {
    var f = fakeOf(player)
    later(f, 0, function () {
      if (f.error) return
      if (rewindIfEnded && f.state === PlayerState.ENDED) f.base = 0
      setState(player, PlayerState.BUFFERING)
      var spec = errorSpecFor(f.videoId)
      if (spec && spec.timing === 'on-play') {
        later(f, config.errorDelayMs, function () {
          fail(player, spec.code)
        })
        return
      }
      later(f, config.bufferingMs, function () {
        if (f.state === PlayerState.BUFFERING && !f.error) setState(player, PlayerState.PLAYING)
      })
    })
  }

  // An unplayable video does not play on: its clock stops where it is.
  function fail(player, code) {
    var f = fakeOf(player)
    rebase(f)
    clearEndTimer(f)
    if (f.state === PlayerState.PLAYING) f.state = PlayerState.UNSTARTED
    f.error = code
    emit(player, 'onError', code)
  }

  function becomeReady(player, spec) {
    var f = fakeOf(player)
    f.ready = true
    f.durationKnown = config.durationKnownAtReady
    takeReport(f)
    startReports(f)
    attachApi(player)
    emit(player, 'onReady')
    if (spec && spec.timing === 'after-ready') {
      later(f, config.errorDelayMs, function () {
        fail(player, spec.code)
      })
    }
  }

  // Switching video, as cueVideoById/loadVideoById do: the time is unknown
  // (getCurrentTime() is undefined) until the player's next report.
  function switchVideo(player, args, play) {
    var f = fakeOf(player)
    var first = args[0]
    var videoId = first && typeof first === 'object' ? first.videoId : first
    var start = first && typeof first === 'object' ? first.startSeconds : args[1]
    clearEndTimer(f)
    f.state = PlayerState.UNSTARTED // silently: the events follow asynchronously
    f.videoId = String(videoId || '')
    f.error = null
    f.base = Number(start) || 0
    f.baseAt = now()
    f.report = null
    f.durationKnown = config.durationKnownAtReady
    f.iframe.setAttribute('data-src', embedUrl(f.videoId, {}, f.id))
    startReports(f)
    var spec = errorSpecFor(f.videoId)
    if (spec && spec.timing !== 'on-play') {
      later(f, config.errorDelayMs, function () {
        fail(player, spec.code)
      })
    }
    later(f, 0, function () {
      if (play) {
        setState(player, PlayerState.UNSTARTED, true)
        startPlayback(player, false)
      } else {
        setState(player, PlayerState.CUED, true)
      }
    })
  }

  function seek(player, seconds) {
    var f = fakeOf(player)
    clearEndTimer(f)
    f.base = Math.max(0, Math.min(Number(seconds) || 0, durationOf(f.videoId)))
    f.baseAt = now()
    if (f.error) return
    var s = f.state
    if (s === PlayerState.PLAYING) {
      later(f, 0, function () {
        setState(player, PlayerState.BUFFERING)
        later(f, config.bufferingMs, function () {
          if (f.state === PlayerState.BUFFERING) setState(player, PlayerState.PLAYING)
        })
      })
    } else if (s === PlayerState.UNSTARTED || s === PlayerState.CUED || s === PlayerState.ENDED) {
      startPlayback(player, false)
    }
    // PAUSED or BUFFERING: the time moves, the state does not.
  }

  var api = {
    playVideo: function () {
      var s = fakeOf(this).state
      if (s !== PlayerState.PLAYING && s !== PlayerState.BUFFERING) startPlayback(this, true)
    },
    pauseVideo: function () {
      var f = fakeOf(this)
      var self = this
      later(f, 0, function () {
        if (f.state === PlayerState.PLAYING || f.state === PlayerState.BUFFERING)
          setState(self, PlayerState.PAUSED)
      })
    },
    stopVideo: function () {
      var f = fakeOf(this)
      var self = this
      later(f, 0, function () {
        f.base = 0
        f.baseAt = now()
        setState(self, PlayerState.CUED)
      })
    },
    seekTo: function (seconds) {
      seek(this, seconds)
    },
    getCurrentTime: function () {
      var f = fakeOf(this)
      if (f.report === null) return undefined
      var t = f.report.time
      if (f.state === PlayerState.PLAYING) {
        // The page-side clock runs only while PLAYING, from the later of the
        // report and the moment playback (re)started.
        var ahead = ((now() - Math.max(f.report.at, f.playingSince)) / 1000) * f.rate
        t += Math.min(ahead, config.extrapolationCapS)
      }
      return Math.min(t, durationOf(f.videoId))
    },
    getDuration: function () {
      var f = fakeOf(this)
      return f.error || !f.durationKnown ? 0 : durationOf(f.videoId)
    },
    getPlayerState: function () {
      return fakeOf(this).state
    },
    getPlaybackRate: function () {
      return fakeOf(this).rate
    },
    setPlaybackRate: function (rate) {
      var f = fakeOf(this)
      var self = this
      var next = nearestRate(Number(rate))
      if (next === f.rate) return
      rebase(f)
      f.rate = next
      if (f.state === PlayerState.PLAYING) {
        clearEndTimer(f)
        scheduleEnd(this)
      }
      later(f, 0, function () {
        emit(self, 'onPlaybackRateChange', next)
      })
    },
    getAvailablePlaybackRates: function () {
      return config.playbackRates.slice()
    },
    cueVideoById: function () {
      switchVideo(this, arguments, false)
    },
    loadVideoById: function () {
      switchVideo(this, arguments, true)
    },
    mute: function () {
      fakeOf(this).muted = true
    },
    unMute: function () {
      fakeOf(this).muted = false
    },
    isMuted: function () {
      return fakeOf(this).muted
    },
    setVolume: function (volume) {
      fakeOf(this).volume = Math.max(0, Math.min(100, Number(volume)))
    },
    getVolume: function () {
      return fakeOf(this).volume
    },
    getVideoUrl: function () {
      var f = fakeOf(this)
      return 'https://www.youtube.com/watch?v=' + encodeURIComponent(f.videoId)
    },
    getVideoEmbedCode: function () {
      var f = fakeOf(this)
      return '<iframe src="' + f.iframe.getAttribute('data-src') + '"></iframe>'
    },
    getVideoLoadedFraction: function () {
      var f = fakeOf(this)
      return f.durationKnown ? Math.min(1, trueTime(f) / durationOf(f.videoId) + 0.05) : 0
    },
    getIframe: function () {
      return fakeOf(this).iframe
    },
    setSize: function (width, height) {
      var iframe = fakeOf(this).iframe
      iframe.setAttribute('width', String(width))
      iframe.setAttribute('height', String(height))
      return this
    },
    getPlaybackQuality: function () {
      return 'hd720'
    },
    setPlaybackQuality: function () {},
    getAvailableQualityLevels: function () {
      return ['hd720', 'large', 'medium', 'small', 'tiny', 'auto']
    },
    getOptions: function () {
      return []
    },
    getOption: function () {
      return undefined
    },
    setOption: function () {},
  }

  function attachApi(player) {
    Object.keys(api).forEach(function (name) {
      player[name] = function () {
        record(player, name, arguments, 'app')
        if (fakeOf(player).destroyed) return undefined // the real API goes quiet too
        return api[name].apply(player, arguments)
      }
    })
  }

  // A listener may be a function or the name of a global function, as on YouTube.
  function addListener(f, name, listener) {
    var fn = typeof listener === 'string' ? window[listener] : listener
    if (typeof fn !== 'function') return
    var key = normaliseEventName(name)
    ;(f.listeners[key] = f.listeners[key] || []).push(fn)
  }

  // These exist from the start, as on the real player.
  Player.prototype.addEventListener = function (name, listener) {
    record(this, 'addEventListener', arguments, 'app')
    addListener(fakeOf(this), name, listener)
  }

  Player.prototype.removeEventListener = function (name, listener) {
    record(this, 'removeEventListener', arguments, 'app')
    var fn = typeof listener === 'string' ? window[listener] : listener
    var list = fakeOf(this).listeners[normaliseEventName(name)] || []
    var index = list.indexOf(fn)
    if (index !== -1) list.splice(index, 1)
  }

  Player.prototype.destroy = function () {
    record(this, 'destroy', arguments, 'app')
    var f = fakeOf(this)
    if (f.destroyed) return
    f.destroyed = true
    f.timers.forEach(clearTimeout)
    f.timers.clear()
    clearEndTimer(f)
    if (f.reportTimer !== null) clearInterval(f.reportTimer)
    f.listeners = {}
    if (f.iframe.parentNode) f.iframe.parentNode.replaceChild(f.element, f.iframe)
    players.splice(players.indexOf(this), 1)
    destroyed += 1
  }

  function pick(which) {
    if (which instanceof Player) return which
    var list = players
    var player =
      which === undefined ? list[list.length - 1] : typeof which === 'number' ? list[which] : null
    if (!player)
      throw new Error('fake YouTube: no live player ' + (which === undefined ? '' : String(which)))
    return player
  }

  function user(which, method, args, fn) {
    var player = pick(which)
    record(player, method, args, 'user')
    fn(player)
  }

  // The control surface for tests.
  window[CONTROL_GLOBAL] = {
    config: config,
    players: players,
    log: log,
    PlayerState: PlayerState,
    get created() {
      return created
    },
    get destroyed() {
      return destroyed
    },
    player: pick,
    trueTime: function (which) {
      return trueTime(fakeOf(pick(which)))
    },
    lastReport: function (which) {
      var report = fakeOf(pick(which)).report
      return report && { time: report.time, at: report.at, rate: report.rate }
    },
    state: function (which) {
      return fakeOf(pick(which)).state
    },
    videoId: function (which) {
      return fakeOf(pick(which)).videoId
    },
    isReady: function (which) {
      return fakeOf(pick(which)).ready
    },
    setError: function (videoId, code, timing) {
      config.errors[videoId] =
        code === null ? null : { code: code, timing: timing || DEFAULT_TIMING[code] }
    },
    clearLog: function () {
      log.length = 0
    },
    // What a person does in YouTube's own controls: not an API call by the app.
    scrub: function (seconds, which) {
      user(which, 'scrub', [seconds], function (player) {
        seek(player, seconds)
      })
    },
    userPlay: function (which) {
      user(which, 'userPlay', [], function (player) {
        api.playVideo.call(player)
      })
    },
    userPause: function (which) {
      user(which, 'userPause', [], function (player) {
        api.pauseVideo.call(player)
      })
    },
  }

  // Like the real iframe_api: YT exists at once, but YT.Player only once the
  // second script (www-widgetapi.js) has loaded; then onYouTubeIframeAPIReady.
  var readyCallbacks = []
  var YT = {
    loading: 1,
    loaded: 0,
    ready: function (fn) {
      if (YT.loaded) fn()
      else readyCallbacks.push(fn)
    },
    setConfig: function () {},
  }
  window.YT = YT

  setTimeout(function () {
    YT.Player = Player
    YT.PlayerState = PlayerState
    YT.get = function (id) {
      return players.find(function (player) {
        return fakeOf(player).iframe.id === id
      })
    }
    YT.loaded = 1
    readyCallbacks.splice(0).forEach(function (fn) {
      fn()
    })
    if (typeof window.onYouTubeIframeAPIReady === 'function') window.onYouTubeIframeAPIReady()
  }, config.apiReadyDelayMs)
})()
