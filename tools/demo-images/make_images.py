#!/usr/bin/env python3
"""Generate the abstract demo illustrations used by the Gazette demo articles.

    python3 tools/demo-images/make_images.py            # writes public/images/articles/*.svg
    python3 tools/demo-images/make_images.py --out DIR  # somewhere else

Standard library only. Every image is seeded from its file name, so running the
script again produces byte-identical files. Each section has its own colour
palette; each image has a "motif" (skyline, waves, chart, circuit, orbit, ...).
The SVGs contain no text, no fonts and no embedded raster data, and are kept
small (a few kilobytes each).

To add an illustration for a new article, add a line to FEATURED (or INLINE for
an image used inside an article body) and run the script.
"""
import argparse
import hashlib
import math
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "public" / "images" / "articles"

# bg: gradient stops; c: foreground colours (c[2] is the accent)
PALETTES = {
    "world": {"bg": ("#0e2a47", "#2a6f97"), "c": ["#61a5c2", "#a9d6e5", "#f4d35e", "#ee964b", "#e8f1f2"]},
    "business": {"bg": ("#10302a", "#2d6a4f"), "c": ["#52b788", "#b7e4c7", "#f2c14e", "#d8f3dc", "#e9c46a"]},
    "technology": {"bg": ("#1a1033", "#3c2a78"), "c": ["#7b5cff", "#22d3ee", "#f472b6", "#a78bfa", "#e0e7ff"]},
    "entertainment": {"bg": ("#3a0d2e", "#9d174d"), "c": ["#f472b6", "#fb923c", "#fde68a", "#c084fc", "#fff1f2"]},
    "health": {"bg": ("#0f3d3e", "#2a9d8f"), "c": ["#a8dadc", "#f4a261", "#e76f51", "#e9f5db", "#f1faee"]},
    "science": {"bg": ("#0b1026", "#283a7a"), "c": ["#8ecae6", "#c8b6ff", "#ffb703", "#fb8500", "#f8f9fa"]},
}

# (file name without extension, section, motif, options)
FEATURED = [
    # world
    ("harbour-city-opens-tidal-barrier", "world", "harbour", {"gates": True}),
    ("kestrel-isles-set-date-for-independence-referendum", "world", "map", {}),
    ("norvand-and-taresh-sign-river-water-treaty", "world", "river", {}),
    ("saltreach-dockworkers-end-six-week-strike", "world", "containers", {}),
    ("vessmark-mayoral-race-tightens-over-housing", "world", "skyline", {}),
    # business
    ("tessel-bank-raises-rates-for-third-time", "business", "line", {"step": True}),
    ("brightwater-energy-wins-offshore-wind-contract", "business", "turbines", {}),
    ("halvorsen-freight-cuts-routes-as-trade-slows", "business", "containers", {}),
    ("merrowgate-bakery-chain-raises-funds-from-customers", "business", "bars", {}),
    ("quillon-systems-shares-jump-on-market-debut", "business", "line", {}),
    # technology
    ("quillon-translation-model-learns-regional-dialects", "technology", "network", {}),
    ("lindenfall-bans-facial-recognition-in-public-spaces", "technology", "scan", {}),
    ("ransomware-attack-disrupts-harbour-city-hospitals", "technology", "circuit", {}),
    ("orrin-labs-unveils-repairable-phone", "technology", "modules", {}),
    ("satellite-broadband-reaches-outer-kestrel-isles", "technology", "satellite", {}),
    # entertainment
    ("the-salt-wife-wins-top-prize-at-lindenfall-film-festival", "entertainment", "filmstrip", {}),
    ("harbour-city-opera-house-reopens-after-restoration", "entertainment", "arches", {}),
    ("streaming-service-cancels-lanterns-after-one-season", "entertainment", "spotlight", {}),
    ("debut-novel-the-quiet-ledger-tops-bestseller-list", "entertainment", "books", {}),
    ("the-ferrymen-announce-reunion-tour", "entertainment", "soundwave", {}),
    # health
    ("winter-flu-vaccine-campaign-starts-early", "health", "cells", {"spikes": True}),
    ("study-links-rotating-night-shifts-to-sleep-disorders", "health", "night", {}),
    ("harbour-city-opens-mental-health-walk-in-clinics", "health", "blooms", {}),
    ("measles-cases-rise-in-saltreach-schools", "health", "cells", {"spots": True}),
    ("blood-test-could-spot-kidney-disease-years-earlier", "health", "vials", {}),
    # science
    ("lindenfall-telescope-detects-water-vapour-on-distant-world", "science", "orbit", {}),
    ("deep-sea-survey-maps-coral-reefs-off-kestrel-isles", "science", "depths", {"kind": "coral"}),
    ("researchers-breed-drought-tolerant-barley", "science", "fields", {}),
    ("vessmark-fusion-reactor-sets-plasma-record", "science", "torus", {}),
    ("shipwreck-off-calder-point-rewrites-trade-history", "science", "depths", {"kind": "wreck"}),
]

# images used inside article bodies: (name, section, motif, width, height, options)
INLINE = [
    ("map-harbour-city-barrier", "world", "bay", 1200, 800, {}),
    ("map-kestrel-isles", "world", "map", 1200, 800, {"islands": 7}),
    ("chart-tessel-bank-rates", "business", "line", 1200, 675,
     {"step": True, "values": [2.0, 2.0, 2.25, 2.25, 2.25, 2.5, 2.5, 2.5, 2.75, 2.75]}),
    ("chart-energy-output", "business", "line", 1200, 675,
     {"values": [12, 14, 13, 17, 19, 18, 23, 26, 25, 31, 34, 38]}),
    ("chart-vaccination-coverage", "health", "bars", 1200, 675,
     {"values": [71, 74, 78, 80, 83, 79, 76, 72, 69], "highlight": [6, 7, 8]}),
    ("diagram-exoplanet-orbit", "science", "orbit", 1200, 800, {"zone": True}),
    # the gallery of the Orrin One's parts
    ("orrin-one-battery", "technology", "modules", 1200, 900, {}),
    ("orrin-one-screen", "technology", "circuit", 1200, 900, {}),
    ("orrin-one-camera", "technology", "scan", 1200, 900, {}),
]


def n(v):
    """Compact integer formatting for coordinates."""
    return str(int(round(v)))


class Canvas:
    def __init__(self, name, section, w, h):
        seed = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big")
        self.rng = random.Random(seed)
        pal = PALETTES[section]
        self.bg = pal["bg"]
        self.c = list(pal["c"])
        self.w, self.h = w, h
        self.defs = []
        self.els = []

    # helpers
    def add(self, s):
        self.els.append(s)

    def rnd(self, a, b):
        return self.rng.uniform(a, b)

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def pick(self, cols=None):
        return self.rng.choice(cols or self.c)

    def pattern(self, pid, w, h, inner):
        self.defs.append(f'<pattern id="{pid}" width="{w}" height="{h}" patternUnits="userSpaceOnUse">{inner}</pattern>')

    def glow(self, gid, colour, op=0.6):
        self.defs.append(
            f'<radialGradient id="{gid}"><stop offset="0" stop-color="{colour}" stop-opacity="{op}"/>'
            f'<stop offset="1" stop-color="{colour}" stop-opacity="0"/></radialGradient>')

    def stars(self, k, ymax=None, r=(1, 3)):
        ymax = ymax or self.h
        d = "".join(f'<circle cx="{n(self.rnd(0, self.w))}" cy="{n(self.rnd(0, ymax))}" r="{self.rnd(*r):.1f}"/>'
                     for _ in range(k))
        self.add(f'<g fill="{self.c[4]}" opacity=".7">{d}</g>')

    def render(self):
        a = self.rng.choice([(0, 0, 1, 1), (0, 1, 1, 0), (0, 0, 0, 1), (1, 0, 0, 1)])
        self.defs.insert(0, f'<linearGradient id="bg" x1="{a[0]}" y1="{a[1]}" x2="{a[2]}" y2="{a[3]}">'
                            f'<stop offset="0" stop-color="{self.bg[0]}"/><stop offset="1" stop-color="{self.bg[1]}"/>'
                            f'</linearGradient>')
        self.glow("gl", "#ffffff", 0.18)
        halo = "".join(
            f'<circle cx="{n(self.rnd(0, self.w))}" cy="{n(self.rnd(0, self.h * .6))}" r="{n(self.rnd(250, 450))}" fill="url(#gl)"/>'
            for _ in range(2))
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.w}" height="{self.h}" '
                f'viewBox="0 0 {self.w} {self.h}"><defs>{"".join(self.defs)}</defs>'
                f'<rect width="{self.w}" height="{self.h}" fill="url(#bg)"/>{halo}{"".join(self.els)}</svg>\n')


def wave_path(cv, y, amp, k, phase=0.0):
    seg = cv.w / k
    x0 = -phase * seg
    d = f"M{n(x0)} {n(y)}Q{n(x0 + seg / 2)} {n(y - amp)} {n(x0 + seg)} {n(y)}"
    for j in range(2, k + 2):
        d += f"T{n(x0 + seg * j)} {n(y)}"
    return d + f"V{cv.h}H{n(x0)}Z"


def blob(cv, cx, cy, r, k=9, jitter=0.35, scale=1.0):
    pts = []
    for i in range(k):
        a = 2 * math.pi * i / k
        rr = r * (1 + cv.rnd(-jitter, jitter)) * scale
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a) * 0.75))
    mids = [((pts[i][0] + pts[(i + 1) % k][0]) / 2, (pts[i][1] + pts[(i + 1) % k][1]) / 2) for i in range(k)]
    d = f"M{n(mids[-1][0])} {n(mids[-1][1])}"
    for i in range(k):
        d += f"Q{n(pts[i][0])} {n(pts[i][1])} {n(mids[i][0])} {n(mids[i][1])}"
    return d + "Z"


# ---------------------------------------------------------------- motifs

def m_skyline(cv, base=None, sun=True, **_):
    W, H = cv.w, cv.h
    base = base or H
    if sun:
        cv.add(f'<circle cx="{n(cv.rnd(W * .15, W * .85))}" cy="{n(H * cv.rnd(.18, .32))}" r="{n(cv.rnd(60, 110))}" fill="{cv.c[2]}" opacity=".9"/>')
    cv.pattern("win", 26, 34, f'<rect x="9" y="10" width="8" height="12" fill="{cv.c[2]}" opacity=".55"/>')
    for hmin, hmax, col, op in [(.3, .62, cv.c[1], .35), (.16, .45, cv.c[0], .95)]:
        d, x = f"M0 {n(base)}", 0
        while x < W:
            w = cv.ri(45, 120)
            d += f"V{n(base - H * cv.rnd(hmin, hmax))}H{n(min(x + w, W))}"
            x += w
        d += f"V{n(base)}Z"
        cv.add(f'<path d="{d}" fill="{col}" opacity="{op}"/>')
    cv.add(f'<path d="{d}" fill="url(#win)"/>')


def m_harbour(cv, gates=False, **_):
    W, H = cv.w, cv.h
    base = H * .62
    m_skyline(cv, base=base)
    cv.add(f'<rect y="{n(base)}" width="{W}" height="{n(H - base)}" fill="{cv.c[0]}" opacity=".35"/>')
    for i in range(4):
        y = base + 30 + i * 45
        cv.add(f'<path d="{wave_path(cv, y, 10, 10, cv.rnd(0, 1))}" fill="{cv.c[0]}" opacity=".3"/>')
    if gates:
        y = base + 95
        cv.add(f'<rect x="0" y="{n(y - 8)}" width="{W}" height="16" fill="{cv.c[4]}" opacity=".9"/>')
        d = ""
        for i in range(7):
            x = 60 + i * 160
            d += f"M{x} {n(y)}A60 60 0 0 1 {x + 120} {n(y)}"
        cv.add(f'<path d="{d}" fill="none" stroke="{cv.c[2]}" stroke-width="12"/>')
        d = "".join(f"M{40 + i * 160} {n(y - 20)}h20v80h-20z" for i in range(8))
        cv.add(f'<path d="{d}" fill="{cv.c[4]}"/>')


def m_waves(cv, top=.45, layers=5, **_):
    for i in range(layers):
        y = cv.h * (top + i * (1 - top) / layers)
        cv.add(f'<path d="{wave_path(cv, y, cv.rnd(15, 40), cv.ri(3, 7), cv.rnd(0, 1))}" '
               f'fill="{cv.c[i % 2]}" opacity="{.25 + i * .12:.2f}"/>')


def chart_frame(cv):
    W, H = cv.w, cv.h
    left, right, top, bottom = 110, W - 90, 90, H - 100
    d = "".join(f"M{left} {n(top + i * (bottom - top) / 4)}H{right}" for i in range(5))
    cv.add(f'<path d="{d}" stroke="{cv.c[4]}" stroke-opacity=".18" stroke-width="2"/>')
    cv.add(f'<path d="M{left} {top - 20}V{bottom}H{right + 20}" fill="none" stroke="{cv.c[4]}" stroke-opacity=".6" stroke-width="4"/>')
    return left, right, top, bottom


def m_bars(cv, values=None, highlight=None, **_):
    left, right, top, bottom = chart_frame(cv)
    if values is None:
        v, values = cv.rnd(30, 50), []
        for _ in range(cv.ri(7, 11)):
            v = max(10, min(100, v + cv.rnd(-8, 16)))
            values.append(v)
    highlight = highlight or [len(values) - 1]
    vmax = max(values) * 1.1
    slot = (right - left) / len(values)
    tops = []
    for i, v in enumerate(values):
        h = (bottom - top) * v / vmax
        x = left + i * slot + slot * .18
        col = cv.c[2] if i in highlight else cv.c[0]
        cv.add(f'<rect x="{n(x)}" y="{n(bottom - h)}" width="{n(slot * .64)}" height="{n(h)}" rx="6" fill="{col}"/>')
        tops.append((x + slot * .32, bottom - h - 24))
    pts = " ".join(f"{n(x)},{n(y)}" for x, y in tops)
    cv.add(f'<polyline points="{pts}" fill="none" stroke="{cv.c[4]}" stroke-width="3" stroke-dasharray="10 8" opacity=".7"/>')


def m_line(cv, values=None, step=False, **_):
    left, right, top, bottom = chart_frame(cv)
    if values is None:
        v, values = cv.rnd(20, 40), []
        for _ in range(cv.ri(12, 18)):
            v = max(5, v + cv.rnd(-6, 9))
            values.append(v)
    lo, hi = min(values) * .8, max(values) * 1.08
    span = hi - lo or 1
    pts = []
    for i, v in enumerate(values):
        x = left + 20 + i * (right - left - 40) / (len(values) - 1)
        y = bottom - (bottom - top) * (v - lo) / span
        if step and pts:
            pts.append((x, pts[-1][1]))
        pts.append((x, y))
    line = " ".join(f"{n(x)},{n(y)}" for x, y in pts)
    cv.add(f'<path d="M{n(pts[0][0])} {bottom}L{line.replace(" ", "L").replace(",", " ")}V{bottom}Z" fill="{cv.c[0]}" opacity=".3"/>')
    cv.add(f'<polyline points="{line}" fill="none" stroke="{cv.c[2]}" stroke-width="7" stroke-linejoin="round"/>')
    x, y = pts[-1]
    cv.add(f'<circle cx="{n(x)}" cy="{n(y)}" r="14" fill="{cv.c[2]}"/><circle cx="{n(x)}" cy="{n(y)}" r="28" fill="none" stroke="{cv.c[2]}" stroke-width="3" opacity=".5"/>')


def m_circuit(cv, **_):
    W, H = cv.w, cv.h
    g = 40
    cx, cy = round(W / 2 / g) * g, round(H / 2 / g) * g
    cv.pattern("dots", g, g, f'<circle cx="2" cy="2" r="2" fill="{cv.c[4]}" opacity=".2"/>')
    cv.add(f'<rect width="{W}" height="{H}" fill="url(#dots)"/>')
    d, ends = "", []
    for i in range(20):
        side, off = i % 4, (i // 4 - 2) * g
        # start on the chip edge, heading outwards
        x, y, dx, dy = [(cx - 120, cy + off, -1, 0), (cx + 120, cy + off, 1, 0),
                        (cx + off, cy - 120, 0, -1), (cx + off, cy + 120, 0, 1)][side]
        d += f"M{x} {y}"
        for _ in range(2):
            L = cv.ri(1, 5) * g
            x, y = x + dx * L, y + dy * L
            d += f"L{x} {y}"
            turn = cv.rng.choice([-1, 1]) * cv.ri(1, 2) * g
            # 45-degree jog sideways, then continue outwards
            x, y = (x + dx * abs(turn), y + turn) if dx else (x + turn, y + dy * abs(turn))
            d += f"L{x} {y}"
        L = cv.ri(1, 3) * g
        x, y = x + dx * L, y + dy * L
        d += f"L{x} {y}"
        ends.append((x, y))
    cv.add(f'<path d="{d}" fill="none" stroke="{cv.c[1]}" stroke-width="4" stroke-linejoin="round" opacity=".85"/>')
    e = "".join(f'<circle cx="{x}" cy="{y}" r="8"/>' for x, y in ends)
    cv.add(f'<g fill="{cv.bg[0]}" stroke="{cv.c[2]}" stroke-width="4">{e}</g>')
    cv.add(f'<rect x="{cx - 120}" y="{cy - 120}" width="240" height="240" rx="22" fill="{cv.bg[0]}" stroke="{cv.c[1]}" stroke-width="6"/>')
    # padlock on the chip
    cv.add(f'<path d="M{cx - 34} {cy - 10}v-30a34 34 0 0 1 68 0v30" fill="none" stroke="{cv.c[2]}" stroke-width="12"/>'
           f'<rect x="{cx - 55}" y="{cy - 12}" width="110" height="80" rx="10" fill="{cv.c[2]}"/>')


def m_network(cv, nodes=18, **_):
    W, H = cv.w, cv.h
    pts = [(cv.rnd(80, W - 80), cv.rnd(70, H - 70)) for _ in range(nodes)]
    d = ""
    for i, (x, y) in enumerate(pts):
        near = sorted(range(nodes), key=lambda j: (pts[j][0] - x) ** 2 + (pts[j][1] - y) ** 2)[1:4]
        for j in near:
            if j > i or i not in sorted(range(nodes), key=lambda k: (pts[k][0] - pts[j][0]) ** 2 + (pts[k][1] - pts[j][1]) ** 2)[1:4]:
                d += f"M{n(x)} {n(y)}L{n(pts[j][0])} {n(pts[j][1])}"
    cv.add(f'<path d="{d}" stroke="{cv.c[4]}" stroke-opacity=".35" stroke-width="3"/>')
    for x, y in pts:
        r = cv.rnd(7, 22)
        col = cv.pick(cv.c[:4])
        cv.add(f'<circle cx="{n(x)}" cy="{n(y)}" r="{n(r)}" fill="{col}"/>')
        if r > 17:
            cv.add(f'<circle cx="{n(x)}" cy="{n(y)}" r="{n(r * 2)}" fill="none" stroke="{col}" stroke-width="3" opacity=".45"/>')


def m_scan(cv, **_):
    W, H = cv.w, cv.h
    cv.pattern("grid", 48, 48, f'<path d="M48 0H0V48" fill="none" stroke="{cv.c[4]}" stroke-opacity=".12" stroke-width="2"/>')
    cv.add(f'<rect width="{W}" height="{H}" fill="url(#grid)"/>')
    cx, cy, rx, ry = W / 2, H / 2, 170, 230
    pts = [(cx + rx * math.cos(a) * cv.rnd(.92, 1), cy + ry * math.sin(a)) for a in [i * math.pi / 7 for i in range(14)]]
    pts += [(cx + cv.rnd(-rx, rx) * .7, cy + cv.rnd(-ry, ry) * .7) for _ in range(10)]
    d = ""
    for i, (x, y) in enumerate(pts):
        for j in sorted(range(len(pts)), key=lambda k: (pts[k][0] - x) ** 2 + (pts[k][1] - y) ** 2)[1:4]:
            if j > i:
                d += f"M{n(x)} {n(y)}L{n(pts[j][0])} {n(pts[j][1])}"
    cv.add(f'<path d="{d}" stroke="{cv.c[1]}" stroke-width="2.5" opacity=".7"/>')
    cv.add("".join(f'<circle cx="{n(x)}" cy="{n(y)}" r="5" fill="{cv.c[1]}"/>' for x, y in pts))
    b, L = 60, 70
    x0, y0, x1, y1 = cx - rx - b, cy - ry - b, cx + rx + b, cy + ry + b
    d = (f"M{n(x0)} {n(y0 + L)}V{n(y0)}H{n(x0 + L)}M{n(x1 - L)} {n(y0)}H{n(x1)}V{n(y0 + L)}"
         f"M{n(x1)} {n(y1 - L)}V{n(y1)}H{n(x1 - L)}M{n(x0 + L)} {n(y1)}H{n(x0)}V{n(y1 - L)}")
    cv.add(f'<path d="{d}" fill="none" stroke="{cv.c[2]}" stroke-width="10" stroke-linecap="round"/>')
    sy = cy + cv.rnd(-ry, ry) * .6
    cv.add(f'<rect x="{n(x0)}" y="{n(sy - 30)}" width="{n(x1 - x0)}" height="60" fill="{cv.c[2]}" opacity=".15"/>')
    cv.add(f'<path d="M{n(x0)} {n(sy)}H{n(x1)}" stroke="{cv.c[2]}" stroke-width="4"/>')
    cv.add(f'<path d="M{n(x0 - 40)} {n(y1 + 40)}L{n(x1 + 40)} {n(y0 - 40)}" stroke="{cv.c[2]}" stroke-width="14" stroke-linecap="round" opacity=".8"/>')


def m_modules(cv, **_):
    W, H = cv.w, cv.h
    x, y, w, h = 260, 90, 280, 500
    cv.add(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="38" fill="{cv.bg[0]}" stroke="{cv.c[4]}" stroke-width="8"/>')
    cv.add(f'<rect x="{x + 22}" y="{y + 40}" width="{w - 44}" height="{h - 90}" rx="14" fill="{cv.c[0]}" opacity=".7"/>')
    parts = [(660, 90, 180, 120, cv.c[1]), (880, 110, 110, 110, cv.c[2]), (660, 260, 320, 170, cv.c[3]),
             (660, 480, 140, 110, cv.c[0]), (840, 480, 140, 110, cv.c[1])]
    d = ""
    for px, py, pw, ph, col in parts:
        dx, dy = cv.ri(-15, 15), cv.ri(-12, 12)
        cv.add(f'<rect x="{px + dx}" y="{py + dy}" width="{pw}" height="{ph}" rx="14" fill="{col}" opacity=".9"/>')
        d += f"M{x + w + 10} {n(y + h * cv.rnd(.15, .85))}L{px + dx - 10} {py + dy + ph // 2}"
    cv.add(f'<path d="{d}" stroke="{cv.c[4]}" stroke-width="3" stroke-dasharray="8 10" opacity=".6"/>')
    cv.add(f'<circle cx="{935}" cy="{165}" r="30" fill="{cv.bg[0]}" opacity=".8"/>')
    d = "".join(f"M{680 + i * 28} 300v90" for i in range(10))
    cv.add(f'<path d="{d}" stroke="{cv.bg[0]}" stroke-width="12" opacity=".4"/>')


def m_satellite(cv, **_):
    W, H = cv.w, cv.h
    cv.stars(40, H * .6)
    cv.glow("atm", cv.c[1], .5)
    cv.add(f'<circle cx="{W // 2}" cy="{n(H * 2.2)}" r="{n(H * 1.75)}" fill="url(#atm)"/>')
    cv.add(f'<circle cx="{W // 2}" cy="{n(H * 2.2)}" r="{n(H * 1.62)}" fill="{cv.c[0]}"/>')
    ry = H * .75
    cv.add(f'<ellipse cx="{W // 2}" cy="{n(H * 1.05)}" rx="{n(W * .62)}" ry="{n(ry)}" fill="none" stroke="{cv.c[4]}" stroke-width="2" stroke-dasharray="6 10" opacity=".5"/>')
    beams = ""
    for i in range(3):
        a = math.pi * (1.2 + .3 * i + cv.rnd(-.05, .05))
        sx, sy = W / 2 + W * .62 * math.cos(a), H * 1.05 + ry * math.sin(a)
        rot = cv.ri(-30, 30)
        cv.add(f'<g transform="translate({n(sx)} {n(sy)}) rotate({rot})"><rect x="-14" y="-14" width="28" height="28" rx="4" fill="{cv.c[4]}"/>'
               f'<rect x="-80" y="-10" width="56" height="20" fill="{cv.c[2]}"/><rect x="24" y="-10" width="56" height="20" fill="{cv.c[2]}"/></g>')
        gx = sx + cv.rnd(-120, 120)
        beams += f'<path d="M{n(sx)} {n(sy + 20)}L{n(gx - 50)} {n(H * .86)}H{n(gx + 50)}Z"/>'
    cv.add(f'<g fill="{cv.c[2]}" opacity=".12">{beams}</g>')


def m_filmstrip(cv, **_):
    W, H = cv.w, cv.h
    cv.pattern("holes", 48, 300, f'<rect x="14" y="14" width="20" height="26" rx="4" fill="{cv.bg[1]}"/>'
                                 f'<rect x="14" y="260" width="20" height="26" rx="4" fill="{cv.bg[1]}"/>')
    ang = cv.ri(-12, -5)
    frames = ""
    for i in range(6):
        x = -60 + i * 230
        col = cv.c[i % 4]
        frames += (f'<rect x="{x}" y="{H // 2 - 95}" width="200" height="190" rx="6" fill="{col}" opacity=".85"/>'
                   f'<circle cx="{x + cv.ri(60, 140)}" cy="{H // 2 + cv.ri(-40, 40)}" r="{cv.ri(25, 60)}" fill="{cv.c[4]}" opacity=".5"/>')
    cv.add(f'<g transform="rotate({ang} {W // 2} {H // 2})"><rect x="-100" y="{H // 2 - 150}" width="{W + 200}" height="300" fill="#14060f"/>'
           f'<rect x="-100" y="{H // 2 - 150}" width="{W + 200}" height="300" fill="url(#holes)"/>{frames}</g>')
    cv.glow("spot", cv.c[2], .45)
    cv.add(f'<circle cx="{n(cv.rnd(200, W - 200))}" cy="80" r="260" fill="url(#spot)"/>')


def m_spotlight(cv, **_):
    W, H = cv.w, cv.h
    beams = ""
    for i in range(4):
        x = W * (i + .5) / 4 + cv.rnd(-60, 60)
        bx = W / 2 + cv.rnd(-250, 250)
        spread = cv.rnd(90, 180)
        beams += f'<path d="M{n(x - 12)} -10H{n(x + 12)}L{n(bx + spread)} {n(H * .82)}H{n(bx - spread)}Z"/>'
    cv.add(f'<g fill="{cv.c[2]}" opacity=".13">{beams}</g>')
    b = "".join(f'<circle cx="{n(cv.rnd(0, W))}" cy="{n(cv.rnd(0, H * .7))}" r="{n(cv.rnd(10, 55))}" fill="{cv.pick(cv.c[:4])}" opacity="{cv.rnd(.15, .4):.2f}"/>'
                for _ in range(14))
    cv.add(b)
    cv.add(f'<ellipse cx="{W // 2}" cy="{n(H * .86)}" rx="{n(W * .45)}" ry="60" fill="{cv.c[2]}" opacity=".35"/>')
    cv.add(f'<rect y="{n(H * .86)}" width="{W}" height="{n(H * .14)}" fill="#14060f" opacity=".7"/>')
    # a microphone stand waiting on the stage
    x, y = W / 2 + cv.rnd(-100, 100), H * .87
    cv.add(f'<path d="M{n(x)} {n(y)}V{n(y - 230)}M{n(x - 45)} {n(y)}h90" stroke="{cv.c[4]}" stroke-width="9" stroke-linecap="round"/>'
           f'<rect x="{n(x - 16)}" y="{n(y - 290)}" width="32" height="62" rx="16" fill="{cv.c[4]}"/>')


def m_arches(cv, **_):
    W, H = cv.w, cv.h
    base, top = H * .84, H * .34
    cv.add(f'<path d="M{W * .14:.0f} {n(top)}L{W // 2} {n(top - 120)}L{W * .86:.0f} {n(top)}Z" fill="{cv.c[4]}" opacity=".85"/>')
    cv.add(f'<rect x="{W * .12:.0f}" y="{n(top)}" width="{W * .76:.0f}" height="{n(base - top)}" fill="{cv.c[4]}" opacity=".8"/>')
    k = 5
    span = W * .76 / k
    d = ""
    for i in range(k):
        x = W * .12 + span * i + span * .18
        w = span * .64
        d += f"M{n(x)} {n(base)}V{n(top + 110)}A{n(w / 2)} {n(w / 2)} 0 0 1 {n(x + w)} {n(top + 110)}V{n(base)}Z"
    cv.add(f'<path d="{d}" fill="{cv.c[2]}" opacity=".9"/>')
    cv.add(f'<path d="{d}" fill="{cv.c[1]}" opacity="{cv.rnd(.2, .5):.2f}"/>')
    steps = "".join(f'<rect x="{n(W * .1 - i * 30)}" y="{n(base + i * 18)}" width="{n(W * .8 + i * 60)}" height="18" fill="{cv.c[4]}" opacity="{.7 - i * .15:.2f}"/>' for i in range(4))
    cv.add(steps)
    cv.stars(18, top - 140, (2, 4))


def m_books(cv, **_):
    W, H = cv.w, cv.h
    shelf = H * .8
    x = 140
    out = ""
    while x < W - 180:
        w, h = cv.ri(38, 80), cv.ri(260, 420)
        col = cv.pick(cv.c[:4])
        if cv.rng.random() < .12:
            out += f'<rect x="{x}" y="{n(shelf - h)}" width="{w}" height="{h}" rx="4" fill="{col}" transform="rotate(-14 {x + w} {n(shelf)})"/>'
            x += w + 70
            continue
        out += f'<rect x="{x}" y="{n(shelf - h)}" width="{w}" height="{h}" rx="4" fill="{col}"/>'
        out += f'<rect x="{x + 8}" y="{n(shelf - h + 30)}" width="{w - 16}" height="10" fill="{cv.c[4]}" opacity=".6"/>'
        x += w + cv.ri(4, 10)
    cv.add(out)
    cv.add(f'<rect x="90" y="{n(shelf)}" width="{W - 180}" height="26" rx="4" fill="{cv.c[4]}" opacity=".85"/>')


def m_soundwave(cv, **_):
    W, H = cv.w, cv.h
    cv.defs.append(f'<linearGradient id="sg"><stop offset="0" stop-color="{cv.c[0]}"/><stop offset="1" stop-color="{cv.c[2]}"/></linearGradient>')
    for i in range(4):
        cv.add(f'<circle cx="{W // 2}" cy="{H // 2}" r="{150 + i * 110}" fill="none" stroke="{cv.c[4]}" stroke-opacity="{.2 - i * .04:.2f}" stroke-width="2"/>')
    f1, f2, ph = cv.rnd(.1, .2), cv.rnd(.3, .5), cv.rnd(0, 6)
    d = ""
    k = 52
    for i in range(k):
        x = 90 + i * (W - 180) / (k - 1)
        env = math.sin(math.pi * i / (k - 1))
        a = 40 + 230 * env * abs(.6 * math.sin(i * f1 + ph) + .4 * math.sin(i * f2))
        d += f"M{n(x)} {n(H / 2 - a)}V{n(H / 2 + a)}"
    cv.add(f'<path d="{d}" stroke="url(#sg)" stroke-width="11" stroke-linecap="round"/>')


def m_cells(cv, spikes=False, spots=False, **_):
    W, H = cv.w, cv.h
    placed = []
    for _ in range(60):
        if len(placed) >= 9:
            break
        r = cv.rnd(50, 130)
        x, y = cv.rnd(r, W - r), cv.rnd(r, H - r)
        if all((x - px) ** 2 + (y - py) ** 2 > (r + pr + 30) ** 2 for px, py, pr in placed):
            placed.append((x, y, r))
    for x, y, r in placed:
        col = cv.pick(cv.c[:3])
        if spikes:
            d = ""
            for j in range(14):
                a = 2 * math.pi * j / 14
                d += f"M{n(x + r * math.cos(a))} {n(y + r * math.sin(a))}l{n(22 * math.cos(a))} {n(22 * math.sin(a))}"
            cv.add(f'<path d="{d}" stroke="{col}" stroke-width="8" stroke-linecap="round"/>')
        cv.add(f'<circle cx="{n(x)}" cy="{n(y)}" r="{n(r)}" fill="{col}" fill-opacity=".35" stroke="{col}" stroke-width="5"/>')
        cv.add(f'<circle cx="{n(x + r * .2)}" cy="{n(y - r * .15)}" r="{n(r * .35)}" fill="{col}" opacity=".8"/>')
        if spots:
            s = "".join(f'<circle cx="{n(x + cv.rnd(-.6, .6) * r)}" cy="{n(y + cv.rnd(-.6, .6) * r)}" r="{n(cv.rnd(5, 11))}"/>' for _ in range(5))
            cv.add(f'<g fill="{cv.c[2]}">{s}</g>')


def ecg(cv, y, x0=0, x1=None, amp=120):
    x1 = x1 or cv.w
    d, x = f"M{x0} {n(y)}", x0
    while x < x1 - 200:
        x += cv.ri(90, 160)
        d += f"H{x}l20 -{n(amp * .2)}l18 {n(amp * .2)}h24l12 {n(amp * .25)}l20 -{n(amp)}l22 {n(amp * 1.35)}l14 -{n(amp * .6)}h30"
        x += 160
    return d + f"H{x1}"


def m_pulse(cv, **_):
    W, H = cv.w, cv.h
    cv.pattern("grid", 40, 40, f'<path d="M40 0H0V40" fill="none" stroke="{cv.c[4]}" stroke-opacity=".1" stroke-width="2"/>')
    cv.add(f'<rect width="{W}" height="{H}" fill="url(#grid)"/>')
    d = ecg(cv, H * .55)
    cv.add(f'<path d="{d}" fill="none" stroke="{cv.c[2]}" stroke-width="22" opacity=".2" stroke-linejoin="round"/>')
    cv.add(f'<path d="{d}" fill="none" stroke="{cv.c[2]}" stroke-width="6" stroke-linejoin="round"/>')


def m_night(cv, **_):
    W, H = cv.w, cv.h
    cv.stars(45, H * .7, (1.5, 3.5))
    x, y, r = cv.rnd(W * .6, W * .8), H * .3, 110
    cv.defs.append(f'<mask id="moon"><rect width="{W}" height="{H}" fill="#fff"/><circle cx="{n(x + 55)}" cy="{n(y - 35)}" r="{r}" fill="#000"/></mask>')
    cv.add(f'<circle cx="{n(x)}" cy="{n(y)}" r="{r}" fill="{cv.c[3]}" mask="url(#moon)"/>')
    cx, cy = W * .27, H * .36
    cv.add(f'<circle cx="{n(cx)}" cy="{n(cy)}" r="120" fill="none" stroke="{cv.c[0]}" stroke-width="10" opacity=".8"/>')
    cv.add(f'<path d="M{n(cx)} {n(cy)}V{n(cy - 80)}M{n(cx)} {n(cy)}L{n(cx + 55)} {n(cy + 35)}" stroke="{cv.c[1]}" stroke-width="10" stroke-linecap="round"/>')
    d = ecg(cv, H * .8, amp=80)
    cv.add(f'<path d="{d}" fill="none" stroke="{cv.c[2]}" stroke-width="5" stroke-linejoin="round" opacity=".85"/>')


def m_blooms(cv, **_):
    W, H = cv.w, cv.h
    for _ in range(3):
        cx, cy, r = cv.rnd(200, W - 200), cv.rnd(180, H - 180), cv.rnd(90, 150)
        col = cv.pick(cv.c[:3])
        k = cv.ri(6, 9)
        rot = cv.rnd(0, 60)
        p = "".join(f'<ellipse cx="{n(cx)}" cy="{n(cy - r * .55)}" rx="{n(r * .3)}" ry="{n(r * .55)}" transform="rotate({n(rot + j * 360 / k)} {n(cx)} {n(cy)})"/>'
                    for j in range(k))
        cv.add(f'<g fill="{col}" opacity=".55">{p}</g><circle cx="{n(cx)}" cy="{n(cy)}" r="{n(r * .22)}" fill="{cv.c[4]}"/>')
    s = "".join(f'<circle cx="{n(cv.rnd(0, W))}" cy="{n(cv.rnd(0, H))}" r="{n(cv.rnd(8, 30))}" fill="{cv.pick(cv.c[:4])}" opacity=".4"/>' for _ in range(12))
    cv.add(s)


def m_vials(cv, **_):
    W, H = cv.w, cv.h
    cv.add(f'<rect x="150" y="{n(H * .8)}" width="{W - 300}" height="24" rx="6" fill="{cv.c[4]}" opacity=".85"/>')
    for i in range(6):
        x = 230 + i * 135
        top, bot = H * .2 + cv.rnd(-20, 20), H * .78
        lvl = cv.rnd(.3, .75)
        col = cv.c[2] if i % 2 == 0 else cv.c[1]
        ly = bot - (bot - top) * lvl
        cv.add(f'<path d="M{x} {n(ly)}V{n(bot - 35)}a35 35 0 0 0 70 0V{n(ly)}Z" fill="{col}" opacity=".9"/>')
        cv.add(f'<path d="M{x} {n(top)}V{n(bot - 35)}a35 35 0 0 0 70 0V{n(top)}" fill="none" stroke="{cv.c[4]}" stroke-width="6"/>')
        cv.add(f'<rect x="{x - 10}" y="{n(top - 30)}" width="90" height="30" rx="6" fill="{cv.c[0]}"/>')
    x, y = W * .88, H * .35
    cv.add(f'<path d="M{n(x)} {n(y - 90)}C{n(x + 20)} {n(y - 40)} {n(x + 60)} {n(y)} {n(x + 60)} {n(y + 40)}A60 60 0 0 1 {n(x - 60)} {n(y + 40)}C{n(x - 60)} {n(y)} {n(x - 20)} {n(y - 40)} {n(x)} {n(y - 90)}Z" fill="{cv.c[2]}"/>')


def m_orbit(cv, zone=False, **_):
    W, H = cv.w, cv.h
    cv.stars(50, r=(1, 2.8))
    cx, cy = W * (.5 if zone else cv.rnd(.3, .45)), H * .5
    if zone:
        cv.add(f'<ellipse cx="{n(cx)}" cy="{n(cy)}" rx="330" ry="{n(330 * .45)}" fill="none" stroke="{cv.c[0]}" stroke-width="90" opacity=".22"/>')
    cv.glow("sun", cv.c[2], .9)
    cv.add(f'<circle cx="{n(cx)}" cy="{n(cy)}" r="190" fill="url(#sun)"/><circle cx="{n(cx)}" cy="{n(cy)}" r="62" fill="{cv.c[2]}"/>')
    for i, rx in enumerate([170, 260, 330, 470]):
        ry = rx * .45
        cv.add(f'<ellipse cx="{n(cx)}" cy="{n(cy)}" rx="{rx}" ry="{n(ry)}" fill="none" stroke="{cv.c[4]}" stroke-opacity=".4" stroke-width="2"/>')
        a = cv.rnd(0, 2 * math.pi)
        pr = 30 if rx == 330 else cv.ri(8, 18)
        col = cv.c[0] if rx == 330 else cv.pick([cv.c[1], cv.c[3]])
        px, py = cx + rx * math.cos(a), cy + ry * math.sin(a)
        cv.add(f'<circle cx="{n(px)}" cy="{n(py)}" r="{pr}" fill="{col}"/>')
        if rx == 330:
            cv.add(f'<circle cx="{n(px)}" cy="{n(py)}" r="{pr + 14}" fill="none" stroke="{cv.c[0]}" stroke-width="4" opacity=".6"/>')


def m_map(cv, islands=5, **_):
    W, H = cv.w, cv.h
    cv.pattern("sea", 60, 30, f'<path d="M5 20q10-8 20 0t20 0" fill="none" stroke="{cv.c[4]}" stroke-opacity=".12" stroke-width="2"/>')
    cv.add(f'<rect width="{W}" height="{H}" fill="url(#sea)"/>')
    centres = []
    for i in range(islands):
        for _ in range(30):
            r = cv.rnd(60, 160) if i else cv.rnd(170, 220)
            x, y = cv.rnd(r + 20, W - r - 20), cv.rnd(r * .75 + 20, H - r * .75 - 20)
            if all((x - px) ** 2 + (y - py) ** 2 > (r + pr + 40) ** 2 for px, py, pr in centres):
                centres.append((x, y, r))
                break
    for x, y, r in centres:
        cv.add(f'<path d="{blob(cv, x, y, r, scale=1.18)}" fill="none" stroke="{cv.c[1]}" stroke-width="2" stroke-dasharray="4 8" opacity=".6"/>')
        cv.add(f'<path d="{blob(cv, x, y, r)}" fill="{cv.c[3]}" opacity=".85"/>')
        cv.add(f'<path d="{blob(cv, x + r * .1, y, r * .5)}" fill="{cv.c[2]}" opacity=".35"/>')
    d = ""
    for (x0, y0, _r0), (x1, y1, _r1) in zip(centres, centres[1:]):
        mx, my = (x0 + x1) / 2 + cv.rnd(-80, 80), (y0 + y1) / 2 + cv.rnd(-80, 80)
        d += f"M{n(x0)} {n(y0)}Q{n(mx)} {n(my)} {n(x1)} {n(y1)}"
    cv.add(f'<path d="{d}" fill="none" stroke="{cv.c[4]}" stroke-width="4" stroke-dasharray="14 12"/>')
    cv.add("".join(f'<circle cx="{n(x)}" cy="{n(y)}" r="11" fill="{cv.c[2]}" stroke="{cv.bg[0]}" stroke-width="4"/>' for x, y, _ in centres))


def m_bay(cv, **_):
    W, H = cv.w, cv.h
    cv.pattern("sea", 60, 30, f'<path d="M5 20q10-8 20 0t20 0" fill="none" stroke="{cv.c[4]}" stroke-opacity=".15" stroke-width="2"/>')
    cv.add(f'<rect width="{W}" height="{H}" fill="url(#sea)"/>')
    land = (f"M0 0H{W}V{n(H * .55)}C{n(W * .85)} {n(H * .5)} {n(W * .8)} {n(H * .2)} {n(W * .62)} {n(H * .22)}"
            f"S{n(W * .4)} {n(H * .12)} {n(W * .33)} {n(H * .3)}S{n(W * .2)} {n(H * .62)} 0 {n(H * .66)}Z")
    cv.add(f'<path d="{land}" fill="{cv.c[3]}" opacity=".85"/>')
    cv.add(f'<path d="M0 {n(H * .74)}C{n(W * .15)} {n(H * .72)} {n(W * .22)} {n(H * .8)} {n(W * .2)} {H}H0Z" fill="{cv.c[3]}" opacity=".85"/>')
    cv.add(f'<path d="M{W} {n(H * .64)}C{n(W * .85)} {n(H * .66)} {n(W * .78)} {n(H * .74)} {n(W * .76)} {H}H{W}Z" fill="{cv.c[3]}" opacity=".85"/>')
    # river into the bay
    cv.add(f'<path d="M{n(W * .5)} 0C{n(W * .45)} {n(H * .1)} {n(W * .55)} {n(H * .15)} {n(W * .48)} {n(H * .26)}" fill="none" stroke="{cv.c[0]}" stroke-width="26"/>')
    # city blocks
    blocks = "".join(f'<rect x="{n(W * cv.rnd(.36, .62))}" y="{n(H * cv.rnd(.06, .17))}" width="{cv.ri(20, 44)}" height="{cv.ri(20, 44)}"/>' for _ in range(12))
    cv.add(f'<g fill="{cv.bg[0]}" opacity=".5">{blocks}</g>')
    # barrier across the mouth of the bay
    x0, y0, x1, y1 = W * .19, H * .74, W * .78, H * .68
    cv.add(f'<path d="M{n(x0)} {n(y0)}L{n(x1)} {n(y1)}" stroke="{cv.c[2]}" stroke-width="16" stroke-linecap="round"/>')
    g = "".join(f'<circle cx="{n(x0 + (x1 - x0) * t / 6)}" cy="{n(y0 + (y1 - y0) * t / 6)}" r="16"/>' for t in range(1, 6))
    cv.add(f'<g fill="{cv.bg[0]}" stroke="{cv.c[2]}" stroke-width="6">{g}</g>')
    # flood zone hatch
    cv.add(f'<path d="{blob(cv, W * .47, H * .4, 150, jitter=.2)}" fill="{cv.c[1]}" opacity=".25" stroke="{cv.c[1]}" stroke-dasharray="10 8" stroke-width="3"/>')


def m_river(cv, **_):
    W, H = cv.w, cv.h
    for i in range(4):
        y = H * (.3 + i * .17)
        cv.add(f'<path d="{wave_path(cv, y, cv.rnd(20, 45), cv.ri(2, 4), cv.rnd(0, 1))}" fill="{cv.c[i % 2]}" opacity="{.2 + i * .1:.1f}"/>')
    x = W * cv.rnd(.35, .5)
    d = f"M{n(x)} -20"
    for k in range(1, 6):
        y = H * k / 5 + 20
        x = x + cv.rnd(-160, 160)
        d += f"S{n(x + cv.rnd(-200, 200))} {n(y - H * .1)} {n(x)} {n(y)}"
    cv.add(f'<path d="{d}" fill="none" stroke="{cv.c[4]}" stroke-width="54" opacity=".9"/>')
    cv.add(f'<path d="{d}" fill="none" stroke="{cv.c[0]}" stroke-width="30"/>')
    # border crossing line and two markers
    y = H * cv.rnd(.4, .6)
    cv.add(f'<path d="M0 {n(y)}H{W}" stroke="{cv.c[2]}" stroke-width="5" stroke-dasharray="24 14"/>')
    cv.add(f'<circle cx="{n(W * .18)}" cy="{n(y)}" r="22" fill="{cv.c[2]}"/><circle cx="{n(W * .82)}" cy="{n(y)}" r="22" fill="{cv.c[3]}"/>')


def m_containers(cv, **_):
    W, H = cv.w, cv.h
    sea = H * .78
    cv.add(f'<rect y="{n(sea)}" width="{W}" height="{n(H - sea)}" fill="{cv.c[0]}" opacity=".4"/>')
    hull_x0, hull_x1 = 120, W - 240
    deck = sea - 40
    cv.add(f'<path d="M{hull_x0} {n(deck)}H{hull_x1 + 90}L{hull_x1 + 20} {n(sea + 40)}H{hull_x0 + 50}Z" fill="{cv.bg[0]}"/>')
    out = ""
    cw, ch = 110, 48
    x = hull_x0 + 40
    while x + cw < hull_x1:
        for j in range(cv.ri(2, 6)):
            out += f'<rect x="{x}" y="{n(deck - (j + 1) * ch)}" width="{cw - 6}" height="{ch - 6}" fill="{cv.pick(cv.c[:4])}"/>'
        x += cw
    cv.add(out)
    cv.pattern("rib", 12, 12, f'<path d="M6 0V12" stroke="#000" stroke-opacity=".15" stroke-width="3"/>')
    cv.add(f'<rect x="{hull_x0 + 40}" y="{n(deck - 6 * ch)}" width="{x - hull_x0 - 40}" height="{6 * ch}" fill="url(#rib)"/>')
    # gantry crane
    cx = W - 200
    cv.add(f'<path d="M{cx} {n(sea)}V{n(H * .12)}M{cx + 90} {n(sea)}V{n(H * .12)}M{cx - 560} {n(H * .14)}H{cx + 160}M{cx - 300} {n(H * .14)}V{n(H * .3)}" '
           f'fill="none" stroke="{cv.c[4]}" stroke-width="14"/>')
    cv.add(f'<rect x="{cx - 340}" y="{n(H * .3)}" width="80" height="36" fill="{cv.c[2]}"/>')


def m_turbines(cv, **_):
    W, H = cv.w, cv.h
    m_waves(cv, top=.7, layers=3)
    for i in range(5):
        s = cv.rnd(.45, 1.0) if i else 1.0
        x, base = W * (.12 + .19 * i) + cv.rnd(-30, 30), H * .74
        hub = base - 420 * s
        cv.add(f'<path d="M{n(x)} {n(base)}V{n(hub)}" stroke="{cv.c[4]}" stroke-width="{n(12 * s)}"/>')
        rot = cv.ri(0, 119)
        blade = f"M0 0C{n(14 * s)} -{n(60 * s)} {n(10 * s)} -{n(150 * s)} 0 -{n(200 * s)}C-{n(8 * s)} -{n(130 * s)} -{n(10 * s)} -{n(60 * s)} 0 0Z"
        b = "".join(f'<path d="{blade}" transform="rotate({rot + k * 120})"/>' for k in range(3))
        cv.add(f'<g transform="translate({n(x)} {n(hub)})" fill="{cv.c[4]}">{b}<circle r="{n(14 * s)}" fill="{cv.c[2]}"/></g>')


def m_fields(cv, **_):
    W, H = cv.w, cv.h
    cv.add(f'<circle cx="{n(cv.rnd(W * .2, W * .8))}" cy="{n(H * .25)}" r="90" fill="{cv.c[2]}"/>')
    for i in range(3):
        y = H * (.45 + i * .12)
        cv.add(f'<path d="{wave_path(cv, y, cv.rnd(20, 50), cv.ri(1, 3), cv.rnd(0, 1))}" fill="{cv.c[i % 2]}" opacity="{.3 + i * .2:.1f}"/>')
    d = ""
    for i in range(46):
        x = 20 + i * 25.5 + cv.rnd(-4, 4)
        y = H - cv.rnd(30, 70)
        top = y - cv.rnd(110, 170)
        lean = cv.rnd(-25, 25)
        d += f"M{n(x)} {H}Q{n(x)} {n((y + top) / 2)} {n(x + lean)} {n(top)}"
    cv.add(f'<path d="{d}" fill="none" stroke="{cv.c[2]}" stroke-width="4" opacity=".9"/>')


def m_depths(cv, kind="coral", **_):
    W, H = cv.w, cv.h
    rays = "".join(f'<path d="M{n(x)} 0h{cv.ri(40, 90)}L{n(x + cv.rnd(100, 300))} {H}h-{cv.ri(100, 180)}Z"/>'
                   for x in [cv.rnd(0, W) for _ in range(5)])
    cv.add(f'<g fill="{cv.c[0]}" opacity=".07">{rays}</g>')
    floor = H * .82
    cv.add(f'<path d="{wave_path(cv, floor, 20, 4, cv.rnd(0, 1))}" fill="{cv.bg[0]}" opacity=".85"/>')
    if kind == "coral":
        for i in range(6):
            x = W * (.1 + i * .16) + cv.rnd(-30, 30)
            col = cv.pick([cv.c[2], cv.c[3], cv.c[1]])
            d = []

            def branch(x0, y0, ang, length, depth):
                x1 = x0 + length * math.cos(ang)
                y1 = y0 - length * math.sin(ang)
                d.append(f"M{n(x0)} {n(y0)}L{n(x1)} {n(y1)}")
                if depth:
                    for da in (-.45, .4):
                        branch(x1, y1, ang + da + cv.rnd(-.15, .15), length * .72, depth - 1)

            branch(x, floor + 10, math.pi / 2, cv.rnd(60, 110), 4)
            cv.add(f'<path d="{"".join(d)}" stroke="{col}" stroke-width="9" stroke-linecap="round"/>')
    else:
        x, y = W * .5, floor - 20
        cv.add(f'<g transform="rotate(-9 {n(x)} {n(y)})"><path d="M{n(x - 330)} {n(y - 110)}H{n(x + 300)}Q{n(x + 260)} {n(y + 30)} {n(x + 120)} {n(y + 40)}H{n(x - 250)}Q{n(x - 320)} {n(y)} {n(x - 330)} {n(y - 110)}Z" fill="{cv.c[1]}" opacity=".55"/>'
               f'<path d="' + "".join(f"M{n(x - 280 + k * 70)} {n(y - 110)}v{130 if 0 < k < 8 else 90}" for k in range(9)) +
               f'" stroke="{cv.bg[0]}" stroke-width="10" opacity=".6"/><path d="M{n(x - 40)} {n(y - 110)}l40 -260" stroke="{cv.c[1]}" stroke-width="12" opacity=".55"/></g>')
        pots = "".join(f'<path d="M{n(px)} {n(floor + 30)}c-28-10-28-50 -8-62v-18h16v18c20 12 20 52 -8 62z"/>' for px in [x - 420, x - 380, x + 380, x + 440])
        cv.add(f'<g fill="{cv.c[3]}" opacity=".85">{pots}</g>')
    bub = "".join(f'<circle cx="{n(cv.rnd(0, W))}" cy="{n(cv.rnd(0, floor))}" r="{n(cv.rnd(4, 14))}"/>' for _ in range(16))
    cv.add(f'<g fill="none" stroke="{cv.c[4]}" stroke-width="2" opacity=".45">{bub}</g>')


def m_torus(cv, **_):
    W, H = cv.w, cv.h
    cx, cy = W / 2, H / 2
    cv.glow("plasma", cv.c[3], .9)
    cv.add(f'<ellipse cx="{n(cx)}" cy="{n(cy)}" rx="480" ry="260" fill="url(#plasma)"/>')
    for i in range(9):
        rx, ry = 420 - i * 22, 170 - i * 6
        cv.add(f'<ellipse cx="{n(cx)}" cy="{n(cy)}" rx="{rx}" ry="{ry}" fill="none" stroke="{cv.c[2] if i % 3 else cv.c[4]}" stroke-width="{6 - i * .4:.1f}" opacity="{.9 - i * .07:.2f}"/>')
    cv.add(f'<ellipse cx="{n(cx)}" cy="{n(cy)}" rx="190" ry="70" fill="{cv.bg[0]}"/>')
    coils = "".join(f'<rect x="{n(cx + 460 * math.cos(a) - 14)}" y="{n(cy + 210 * math.sin(a) - 60)}" width="28" height="120" rx="8"/>'
                    for a in [k * math.pi / 6 for k in range(12)])
    cv.add(f'<g fill="{cv.c[0]}" opacity=".8">{coils}</g>')


MOTIFS = {k[2:]: v for k, v in globals().items() if k.startswith("m_")}


def make(name, section, motif, w, h, opts):
    cv = Canvas(name, section, w, h)
    MOTIFS[motif](cv, **opts)
    return cv.render()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    jobs = [(nm, sec, mot, 1200, 675, o) for nm, sec, mot, o in FEATURED] + list(INLINE)
    total = 0
    for name, section, motif, w, h, opts in jobs:
        data = make(name, section, motif, w, h, opts)
        (args.out / f"{name}.svg").write_text(data, encoding="utf-8")
        total += len(data)
        if len(data) > 6000:
            print(f"warning: {name}.svg is {len(data)} bytes")
    print(f"wrote {len(jobs)} images ({total} bytes) to {args.out}")


if __name__ == "__main__":
    main()
