;;; hfls with Eglot (Emacs 28 with the eglot package, or Emacs 29+).
;; .jpy files open in html-mode (use a jinja mode if you have one); the
;; modes of an app's files start hfls, found on PATH.
(require 'eglot)
(add-to-list 'auto-mode-alist '("\\.jpy\\'" . html-mode))
(add-to-list 'eglot-server-programs '((html-mode mhtml-mode markdown-mode) . ("hfls")))
(add-hook 'html-mode-hook #'eglot-ensure)
