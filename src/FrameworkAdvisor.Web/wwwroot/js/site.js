// Enhancements for every page. Every page works without this file.
(function () {
  "use strict";

  // On a phone the comparison's menu is one line that scrolls sideways, so the current page's item can start out of
  // sight. Scroll the menu (never the page) so that item is in view, as near the middle as the menu allows.
  function revealCurrentMenuItem() {
    var menu = document.querySelector(".comparison-nav");
    var current = menu && menu.querySelector("a[aria-current=page]");
    if (!current || menu.scrollWidth <= menu.clientWidth) {
      return;
    }
    var menuBox = menu.getBoundingClientRect();
    var itemBox = current.getBoundingClientRect();
    var offset = itemBox.left - menuBox.left + menu.scrollLeft;
    menu.scrollLeft = Math.max(0, offset - (menu.clientWidth - itemBox.width) / 2);
  }

  revealCurrentMenuItem();
})();
