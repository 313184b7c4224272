# キオスクモードの終了（職員専用）: 暗証番号パッドと職員メニュー
kiosk-pin-title = 職員専用
kiosk-pin-intro = キオスク画面を終了するには、職員用の暗証番号を入力してください。
kiosk-pin-empty = 暗証番号が入力されていません
kiosk-pin-ok = 確定
kiosk-pin-cancel = キャンセル
kiosk-pin-checking = 確認しています…
kiosk-pin-wrong = 暗証番号が正しくありません。
kiosk-pin-locked = 暗証番号の誤りが続いたため、{ $seconds }秒後にもう一度お試しください。
kiosk-menu-title = 職員メニュー
kiosk-menu-intro = 利用者の操作は終了しました。操作を選んでください。
kiosk-menu-staff-panel = 職員用パネル
kiosk-menu-back = キオスク画面に戻る
kiosk-menu-quit = アプリを終了する
