;;; Drives hfls from Eglot in `emacs --batch', configured by
;;; docs/editors/eglot.el: opens a page of the example app, edits it and
;;; prints what the server answered as one JSON object. Environment:
;;; EGLOT_CONFIG (the configuration file), APP (the project root); hfls is
;;; on PATH.
(require 'json)
(load (getenv "EGLOT_CONFIG") nil t)
(setq eglot-send-changes-idle-time 0.05)

(defun hfls-wait (pred)
  "Run timers and process output until PRED holds, for 10 s at most."
  (let ((n 0))
    (while (and (not (funcall pred)) (< n 200))
      (accept-process-output nil 0.05)
      (setq n (1+ n)))
    (funcall pred)))

(find-file (expand-file-name "app/pages/index.jpy" (getenv "APP")))
(run-hooks 'post-command-hook) ; eglot-ensure connects on the next command
(hfls-wait (lambda () (eglot-current-server)))
(goto-char (point-min))
(search-forward "{% block body %}\n")
(insert "{{ postz }}\n")
(eglot--signal-textDocument/didChange)
(hfls-wait (lambda ()
             (cl-some (lambda (d) (string-match-p "postz" (flymake-diagnostic-text d)))
                      (flymake-diagnostics))))

(defun hfls-request (method needle delta)
  (save-excursion
    (goto-char (point-min))
    (search-forward needle)
    (goto-char (+ (match-beginning 0) delta))
    (jsonrpc-request (eglot-current-server) method
                     (append (eglot--TextDocumentPositionParams) nil))))

(let* ((completion (hfls-request :textDocument/completion "{{ postz" 6))
       (hover (hfls-request :textDocument/hover "in posts" 4))
       (definition (hfls-request :textDocument/definition "in posts" 4))
       (items (append (plist-get completion :items) nil)))
  (princ (json-encode
          (list :diagnostics
                (vconcat
                 (mapcar (lambda (d)
                           (let ((lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))
                             `((code . ,(plist-get lsp :code)) (message . ,(plist-get lsp :message)))))
                         (flymake-diagnostics)))
                :completion (vconcat (mapcar (lambda (i) (plist-get i :label)) items))
                :hover (plist-get (plist-get hover :contents) :value)
                :definition (and (> (length definition) 0) (aref definition 0)))))
  (terpri))
(eglot-shutdown (eglot-current-server))
(kill-emacs 0)
