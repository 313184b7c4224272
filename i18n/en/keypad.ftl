# On-screen keyboards (numeric keypad, Latin, 50-sound kana)

keypad-toggle-open = Keyboard
keypad-toggle-close = Close
keypad-delete = Delete
keypad-clear = Clear all
keypad-next = Next field
keypad-done = Done
keypad-shift = Shift
keypad-space = Space
keypad-dakuten = ゛
keypad-handakuten = ゜
keypad-small = Small
keypad-year = 年 year
keypad-month = 月 month
keypad-day = 日 day
keypad-era = { $era ->
        [meiji] Meiji 明治
        [taisho] Taisho 大正
        [showa] Showa 昭和
        [heisei] Heisei 平成
       *[reiwa] Reiwa 令和
    }
