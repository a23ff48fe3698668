"""What the reflow tests measure in the page, as JavaScript run by Playwright (page.evaluate).

Each function returns a list of problems in words, empty when the page is fine.
"""

#: WCAG 2.1 success criterion 1.4.12 (text spacing): the spacing a reader's own style sheet may set.
#: Injected with page.add_style_tag, which the site's CSP (rightly) refuses: the context that uses it
#: is opened with bypass_csp=True, the site itself keeps its policy.
TEXT_SPACING_CSS = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""
#: 200 % text (WCAG 1.4.4) as a browser's text-only zoom does it: every rem and em doubles.
LARGE_TEXT_CSS = "html { font-size: 200% !important; }"

_HELPERS = """
const width = window.innerWidth;
const describe = (el) => {
  let name = el.tagName.toLowerCase();
  if (el.id) name += '#' + el.id;
  if (typeof el.className === 'string' && el.className.trim()) {
    name += '.' + el.className.trim().split(/\\s+/).join('.');
  }
  const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ');
  return text ? `${name} "${text.slice(0, 50)}"` : name;
};
// Hidden on purpose: screen-reader-only text, the hidden attribute, closed details.
const hiddenByDesign = (el) => Boolean(
  el.closest('.visually-hidden, [hidden], template') || (el.closest('details:not([open])') && !el.closest('summary'))
  || !el.checkVisibility({checkVisibilityCSS: true, visibilityProperty: true})
);
// Content may be wider than the screen inside a box that scrolls by itself (a table, a code block).
const scrollsInItsOwnBox = (el) => {
  for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
    const overflow = getComputedStyle(box).overflowX;
    const rect = box.getBoundingClientRect();
    if ((overflow === 'auto' || overflow === 'scroll') && rect.left >= -1 && rect.right <= width + 1) return true;
  }
  return false;
};
const sticksOut = (rect) => rect.width > 0 && rect.height > 0 && (rect.right > width + 1 || rect.left < -1);
"""

#: Sideways scrolling, and content cut off at the screen's edge (also where overflow: hidden would
#: hide the scroll bar): every element and every piece of text must lie within the window's width.
SIDEWAYS_PROBLEMS = (
    "() => {"
    + _HELPERS
    + """
  const problems = [];
  const pageWidth = document.documentElement.scrollWidth;
  if (pageWidth > width) problems.push(`scrolls sideways: the page is ${pageWidth} px wide in a ${width} px window`);
  const reported = new Set();
  for (const el of document.body.querySelectorAll('*')) {
    if (hiddenByDesign(el) || scrollsInItsOwnBox(el)) continue;
    const rect = el.getBoundingClientRect();
    if (!sticksOut(rect)) continue;
    reported.add(el);
    if (reported.has(el.parentElement)) continue;  // name the outermost box that sticks out
    problems.push(`${describe(el)} reaches from ${Math.round(rect.left)} to ${Math.round(rect.right)} px`);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode;
    const parent = text.parentElement;
    if (!text.textContent.trim() || reported.has(parent)) continue;
    if (hiddenByDesign(parent) || scrollsInItsOwnBox(text)) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    const outside = [...range.getClientRects()].find(sticksOut);
    if (outside) {
      const words = text.textContent.trim().slice(0, 50);
      problems.push(`text "${words}" in ${describe(parent)} reaches to ${Math.round(outside.right)} px`);
    }
  }
  return problems.slice(0, 10);
}"""
)

#: Every control a visitor uses: links (buttons and links that look like them included), form
#: fields, buttons, disclosure summaries. Each must be on screen (a box, within the window's width)
#: and not covered by something else (the point at its centre belongs to it); buttons, link buttons
#: and form fields must keep a border, the only edge left in forced colours (backgrounds are replaced).
CONTROL_PROBLEMS = (
    "() => {"
    + _HELPERS
    + """
  const problems = [];
  const pageWidth = document.documentElement.scrollWidth;
  if (pageWidth > width) problems.push(`scrolls sideways: the page is ${pageWidth} px wide in a ${width} px window`);
  const controls = document.body.querySelectorAll(
    'a[href], button, input:not([type=hidden]), select, textarea, summary');
  const looksLikeAButton = (el, style) => el.matches(
      'button, select, textarea, input:not([type=radio]):not([type=checkbox])')
    || (el.tagName === 'A' && style.display !== 'inline' && parseFloat(style.paddingLeft) >= 4);
  for (const el of controls) {
    // The skip link waits above the page until it has focus (checked on its own).
    if (el.classList.contains('skip-link') || el.closest('.visually-hidden, [hidden], template')) continue;
    // A closed disclosure hides its content, unless the layout shows that content anyway (the header's
    // menu from 48rem: the <details> is display: contents), and then its toggle is not needed.
    const closed = el.closest('details:not([open])');
    const shownAnyway = closed && getComputedStyle(closed).display === 'contents';
    if (closed && !shownAnyway && !el.closest('summary')) continue;
    if (shownAnyway && el.closest('summary')) continue;
    if (!el.checkVisibility({checkVisibilityCSS: true, visibilityProperty: true})) {
      problems.push(`${describe(el)} is not shown`);
      continue;
    }
    el.scrollIntoView({block: 'center', inline: 'nearest'});
    const rect = el.getClientRects()[0] || el.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) { problems.push(`${describe(el)} has no size`); continue; }
    if (rect.left < -1 || rect.right > width + 1) {
      problems.push(`${describe(el)} is outside the window (${Math.round(rect.left)} to ${Math.round(rect.right)} px)`);
      continue;
    }
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), width - 1);
    const y = Math.min(Math.max(rect.top + rect.height / 2, 0), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    const label = el.labels && [...el.labels].some((l) => l.contains(hit));
    if (!hit || !(el === hit || el.contains(hit) || label)) {
      problems.push(`${describe(el)} is covered by ${hit ? describe(hit) : 'nothing visible'}`);
    }
    const style = getComputedStyle(el);
    if (looksLikeAButton(el, style)) {
      const sides = ['Top', 'Right', 'Bottom', 'Left'];
      const bare = sides.filter((side) => ['none', 'hidden'].includes(style[`border${side}Style`])
        || parseFloat(style[`border${side}Width`]) < 1);
      if (bare.length) {
        const where = bare.join(', ').toLowerCase();
        problems.push(`${describe(el)} has no border (${where}): no visible edge in forced colours`);
      }
    }
  }
  window.scrollTo(0, 0);
  return problems.slice(0, 15);
}"""
)

#: With prefers-reduced-motion: reduce, nothing moves: no transition, no animation, no smooth scrolling.
MOTION_PROBLEMS = """() => {
  const problems = [];
  const seconds = (value) => Math.max(...value.split(',').map((part) => parseFloat(part) || 0));
  for (const el of [document.documentElement, ...document.body.querySelectorAll('*')]) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      const name = el.tagName.toLowerCase() + (pseudo || '');
      if (seconds(style.transitionDuration) > 0) problems.push(`${name} has a transition`);
      if (style.animationName !== 'none' && seconds(style.animationDuration) > 0) problems.push(`${name} is animated`);
      if (style.scrollBehavior === 'smooth') problems.push(`${el.tagName.toLowerCase()} scrolls smoothly`);
    }
  }
  return [...new Set(problems)].slice(0, 10);
}"""

#: The skip link, hidden above the page, comes into view when it has keyboard focus. A page with no
#: header or navigation to pass (the partner warning's embed: the message and its links only) needs none.
SKIP_LINK_PROBLEMS = """() => {
  const link = document.querySelector('.skip-link');
  if (!link) return document.querySelector('header, nav') ? ['no skip link'] : [];
  if (document.activeElement !== link) return ['the first Tab does not reach the skip link'];
  const rect = link.getBoundingClientRect();
  const inView = rect.width > 0 && rect.top >= 0 && rect.left >= 0 && rect.right <= window.innerWidth;
  const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  return inView && hit && link.contains(hit) ? [] : ['the skip link is not visible when it has focus'];
}"""
