# Idle countdown overlay (shown in both languages at once)
idle-title = まだご利用中ですか？
idle-body = 操作がないため、あと { $seconds } 秒で入力した内容をすべて消去し、最初の画面に戻ります。
idle-cap-title = 1回のご利用時間の上限になりました
idle-cap-body = 個人情報を守るため、あと { $seconds } 秒で入力した内容をすべて消去し、最初の画面に戻ります。
idle-continue = 続ける
idle-start-over = 今すぐ最初に戻る
