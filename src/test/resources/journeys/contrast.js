/*
 * The contrast a person sees: for the page's body text and its controls' words, the colour of the words against
 * the background actually behind them (walking up through shadow roots and slots, blending see-through layers),
 * and for check boxes the box's edge against what surrounds it. Returns one line per element below its minimum.
 * Called with { text: minimum ratio for words, nonText: minimum ratio for a control's edge }.
 */
(minimums) => {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  // Any CSS colour (rgb, oklch, color-mix results...) to sRGB through the canvas.
  function rgba(colour) {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = 'rgba(0, 0, 0, 0)';
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, 1, 1);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    return [d[0], d[1], d[2], d[3] / 255];
  }
  function parent(node) {
    if (node.assignedSlot) {
      return node.assignedSlot;
    }
    if (node.parentElement) {
      return node.parentElement;
    }
    const root = node.getRootNode && node.getRootNode();
    return root && root.host ? root.host : null;
  }
  function blend(top, below) {
    const a = top[3];
    return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a)];
  }
  function backgroundBehind(element) {
    const layers = [];
    for (let node = element; node; node = parent(node)) {
      if (node.nodeType !== 1) {
        continue;
      }
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) {
        layers.push(colour);
        if (colour[3] >= 1) {
          break;
        }
      }
    }
    let result = [255, 255, 255];
    for (let i = layers.length - 1; i >= 0; i--) {
      result = blend(layers[i], result);
    }
    return result;
  }
  function luminance(c) {
    const f = (v) => {
      v /= 255;
      return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  }
  function ratio(a, b) {
    const la = luminance(a);
    const lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  function visible(element) {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  }
  function name(element) {
    const text = (element.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return element.localName + (element.className && typeof element.className === 'string'
      ? '.' + element.className.split(' ')[0] : '') + ' "' + text + '"';
  }
  const failures = [];
  let checked = 0;
  function checkText(element, what) {
    if (!element || !visible(element) || !(element.textContent || '').trim()) {
      return;
    }
    const behind = backgroundBehind(element);
    const words = blend(rgba(getComputedStyle(element).color), behind);
    const r = ratio(words, behind);
    checked++;
    if (r < minimums.text) {
      failures.push(what + ' ' + name(element) + ': ' + r.toFixed(2) + ':1');
    }
  }
  function shadowPart(host, part) {
    return host.shadowRoot ? host.shadowRoot.querySelector('[part~="' + part + '"]') : null;
  }

  // Body text.
  document.querySelectorAll('.portal-main p, .portal-main h1, .portal-main h2, .portal-main li, '
    + '.portal-main a, .portal-header a, .portal-footer a, .portal-footer p').forEach((e) => checkText(e, 'text'));
  // Controls' words.
  document.querySelectorAll('vaadin-button').forEach((b) => checkText(shadowPart(b, 'label') || b, 'button'));
  document.querySelectorAll('vaadin-checkbox, vaadin-radio-button').forEach((c) => {
    checkText(c.querySelector(':scope > label'), 'choice');
    checkText(c.querySelector(':scope > [slot="helper"]'), 'choice hint');
  });
  document.querySelectorAll('vaadin-text-field, vaadin-text-area').forEach((f) => {
    checkText(f.querySelector(':scope > label'), 'field label');
  });
  document.querySelectorAll('portal-read-aloud').forEach((r) => {
    if (r.shadowRoot) {
      r.shadowRoot.querySelectorAll('button:not([hidden]) span').forEach((s) => checkText(s, 'read aloud'));
    }
    r.querySelectorAll('p, span').forEach((e) => checkText(e, 'read aloud words'));
  });
  // A check box's edge against what surrounds it (WCAG 1.4.11): its border, or failing one, its fill.
  document.querySelectorAll('vaadin-checkbox').forEach((c) => {
    const box = shadowPart(c, 'checkbox');
    if (!box || !visible(box)) {
      return;
    }
    const style = getComputedStyle(box);
    const around = backgroundBehind(c);
    const fill = blend(rgba(style.backgroundColor), around);
    const border = parseFloat(style.borderTopWidth) > 0 ? blend(rgba(style.borderTopColor), fill) : fill;
    const shadow = style.boxShadow && style.boxShadow !== 'none' ? style.boxShadow.match(/(rgba?\([^)]*\)|#[0-9a-f]+|oklch\([^)]*\))/i) : null;
    const edge = shadow ? blend(rgba(shadow[1]), fill) : border;
    const r = Math.max(ratio(edge, around), ratio(fill, around));
    checked++;
    if (r < minimums.nonText) {
      failures.push('check box ' + name(c) + ': ' + r.toFixed(2) + ':1');
    }
  });
  return { checked: checked, failures: failures };
}
