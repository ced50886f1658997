// The demo page's picture of its form, for co-browsing (the document leaves the capture to the page:
// OnAcquireCustomCanvasStream). Draws the form's labels and values on a canvas a few times a second
// and gives the canvas's capture stream - no DOM-to-image library, just what the agent needs to see.
(() => {
  const draw = (canvas, form) => {
    const context = canvas.getContext('2d');
    context.fillStyle = '#f4f6f9';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.font = '20px system-ui, sans-serif';
    context.fillStyle = '#1d232b';
    context.fillText(document.title, 20, 36);
    let y = 80;
    for (const label of form.querySelectorAll('label')) {
      const control = label.querySelector('input, select');
      const value =
        control?.type === 'checkbox' || control?.type === 'radio' ? (control.checked ? '☑' : '☐') : control ? `“${control.value}”` : '';
      context.fillText(`${label.textContent.trim().split('\n')[0]}  ${value}`, 20, y);
      y += 40;
    }
    context.fillStyle = '#5b6675';
    context.fillText(new Date().toLocaleTimeString(), 20, canvas.height - 20);
  };
  let timer;
  window.cobrowseCanvas = {
    /** A new picture of the form, redrawn five times a second until stop(). */
    stream(form) {
      clearInterval(timer);
      const canvas = document.createElement('canvas');
      canvas.width = 640;
      canvas.height = 360;
      timer = setInterval(() => draw(canvas, form), 200);
      draw(canvas, form);
      return canvas.captureStream(6);
    },
    stop() {
      clearInterval(timer);
    },
  };
})();
