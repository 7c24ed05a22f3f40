// 导入提示核对: each source panel scrolls (inside itself) to the first passage a warning is about.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".review-source .source-text").forEach(function (panel) {
    var mark = panel.querySelector("mark");
    if (mark) {
      // the panel is position: relative, so the mark's offsetTop is measured from the panel's top
      panel.scrollTop = Math.max(0, mark.offsetTop - panel.clientHeight / 3);
    }
  });
});
