# アプリ全体
app-title = KENPOS 登録サポート

# ヘッダー
header-switch-language = English
header-high-contrast = 見やすい配色
header-large-text = 文字を大きく
header-start-over = 最初からやり直す
header-demo = デモ

# 共通
common-back = 戻る

# ステップ表示
steps-position = ステップ { $current } / { $total }
steps-login-id = ログインID
steps-password = パスワード
steps-consent = 同意
steps-setup = 基本設定
steps-confirm = 確認
steps-email = メール送信
steps-ready = ご利用準備完了
steps-eligibility = 資格照会

# ようこそ画面
welcome-title = KENPOS へようこそ
welcome-intro = はじめてのログインや登録を、この画面でお手伝いします。
welcome-language-ja = 日本語
welcome-language-en = English
welcome-backend-down = 現在、KENPOSのサーバーにつながりません。ログインや登録は、少し時間をおいてからお試しください。お急ぎの方は、下のKENPOS事務局までご連絡ください。
welcome-choose = あてはまるものを選んでください。
welcome-choice-insured = お勤め先で加入している本人の方
welcome-choice-insured-detail = 会社などを通して加入している方（被保険者）です。記号・番号でログインします
welcome-choice-family = ご家族・任意継続・特例退職の方
welcome-choice-family-detail = 扶養されているご家族（被扶養者）と、退職後も加入を続けている方（任意継続被保険者・特例退職被保険者）。ここから登録します
welcome-choice-forgot = ログインIDまたはパスワードをお忘れの方
welcome-choice-forgot-detail = IDの確認、パスワードの再設定、KENPOS事務局のご案内
welcome-not-sure = どれかわからない方

# 「わからない方」の質問
welcome-helper-title = どちらにあてはまるか、確かめましょう
welcome-helper-at-work = いま会社などにお勤めで、その会社を通して、この健康保険組合に加入していますか？
welcome-helper-family = 次のどれかにあてはまりますか？
    ・ご家族の健康保険に、扶養されている家族として入っている（被扶養者）
    ・会社を辞めたあとも、この健康保険組合に加入を続けている（任意継続被保険者）
    ・退職後に、特例退職被保険者として加入している
welcome-helper-ask-staff = お手元の保険証やお知らせを持って、窓口の職員にお尋ねください。どちらから進めばよいか、ご案内します。
welcome-helper-yes = はい
welcome-helper-no = いいえ
welcome-helper-unsure = わからない

# ログインIDやパスワードを忘れたとき（ガイドの2つのリンク）
forgot-login-or-password = ログインID・パスワードをお忘れの方
forgot-login-id = ログインIDをお忘れの方
forgot-password = パスワードをお忘れの方
forgot-both = ログインIDもパスワードもお忘れの方

# 各手続きの名前
path-insured-title = 被保険者本人の方のログイン
path-family-title = ご家族・任意継続・特例退職の方の初回登録
path-recovery-title = ログインID・パスワードをお忘れの方

# 設定ファイルのエラー
config-error-title = 設定ファイルに問題があります
config-error-where = ファイル { $file } の { $line } 行目
config-error-file = ファイル { $file }
config-error-not-found = 指定された設定ファイルが見つかりません。
config-error-unreadable = 設定ファイルを読み込めません。
config-error-invalid = 設定ファイルの書き方、または値に誤りがあります。
config-error-detail = 詳細: { $detail }
config-error-fix = 職員の方へ: 設定ファイルを修正してから、アプリを起動し直してください。
config-error-ca-not-found = CA証明書ファイル { $ca }（backend.ca_file）がありません。
config-error-ca-unreadable = CA証明書ファイル { $ca }（backend.ca_file）を読み込めません。
config-error-ca-no-certificate = CA証明書ファイル { $ca }（backend.ca_file）にPEM形式の証明書（-----BEGIN CERTIFICATE-----）がありません。
config-error-ca-malformed = CA証明書ファイル { $ca }（backend.ca_file）の証明書が壊れています。
common-try-again = もう一度試す
common-sending = 送信中…
common-loading = 読み込み中…

# 日付を言葉で（生年月日の読み上げ）
date-in-words = { $year }年{ $month }月{ $day }日（{ $era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
        [reiwa] 令和
       *[none] 西暦
    }{ $era_year ->
        [1] 元
       *[other] { $era_year }
    }年）

# 職員用パネル
header-staff = 職員用
staff-title = 職員用パネル
staff-version = アプリのバージョン
staff-backend = バックエンド
staff-backend-status = 接続状態
staff-backend-ok = 接続できています（バージョン { $version }、応答 { $ms } ミリ秒）
staff-mode = 表示モード
staff-language = 既定の言語
staff-prefix = ログインIDの先頭
staff-insurers = 保険者番号
staff-office = 事務局の連絡先
staff-idle = 無操作タイマー（通常 / 入力中 / 警告 / 上限）
staff-token-store = 端末トークンの保管先
staff-refresh = もう一度確認する
staff-outbox = デモ用の送信済みメール
staff-outbox-empty = まだメールはありません。
staff-outbox-verify = 登録確認メール → { $to }
staff-outbox-login-id = ログインIDのお知らせ → { $to }
staff-outbox-reset = パスワード再設定 → { $to }
staff-outbox-confirm = リンクを確認済みにする
staff-outbox-confirmed = 確認済み

# 生年月日（両方の手続きで使う）
birth-hint = 例: 20000121、2000/1/21、平成12年1月21日、H12.1.21
birth-readback = { $date } ですね。

## The anonymous step funnel in the staff panel (issue 18)
stats-title = 利用者が止まった場所
stats-what = この端末で、操作の終了時に1時間単位で数えています。各ステップを開いた人数と、そこからどう進んだかです。利用者の情報は残しません。
stats-off = この端末ではステップの集計が無効です（[stats] enabled = false）。
stats-unreadable = ステップの集計を読み込めません：{ $reason }
stats-empty = この期間に終了した操作はまだありません。
stats-period-day = 直近24時間
stats-period-week = 直近7日間
stats-period-month = 直近30日間
stats-path-insured = 本人の方：はじめてのログイン
stats-path-family = ご家族・任意継続の方：登録
stats-path-recovery = ログインID・パスワードをお忘れの方
stats-step-start = はじめに
stats-step-recovery = ID・パスワードの確認
stats-exit-completed = 次へ進んだ
stats-exit-back = 戻った
stats-exit-start-over = 最初からやり直した
stats-exit-idle = 操作がなく終了
stats-exit-session-cap = 時間切れ
stats-exit-other-path = 別の手続きへ
stats-exit-count = { $exit } { $count }
stats-opened = { $count }人が開いた
stats-top-errors = 多く表示されたメッセージ
stats-error-count = { $count }回
stats-error-where = { $step }（{ $path }）
stats-step-summary = { $opened }：{ $left }
stats-list-separator = 、
