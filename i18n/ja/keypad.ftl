# 画面上のキーボード（テンキー・英字・五十音）

keypad-toggle-open = キーボード
keypad-toggle-close = 閉じる
keypad-delete = 1字消す
keypad-clear = 全部消す
keypad-next = 次の欄へ
keypad-done = 決定
keypad-shift = 大文字
keypad-space = 空白
keypad-dakuten = ゛
keypad-handakuten = ゜
keypad-small = 小さい字
keypad-year = 年
keypad-month = 月
keypad-day = 日
keypad-era = { $era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }
