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
welcome-choice-insured = 被保険者本人の方
welcome-choice-insured-detail = 保険証の記号・番号でログインします
welcome-choice-family = ご家族（被扶養者）・任意継続被保険者の方
welcome-choice-family-detail = はじめての方は、ここから登録します
welcome-choice-forgot = ログインIDまたはパスワードをお忘れの方
welcome-choice-forgot-detail = IDの確認、パスワードの再設定、KENPOS事務局のご案内

# 各手続きの名前
path-insured-title = 被保険者本人の方のログイン
path-family-title = ご家族・任意継続被保険者の方の初回登録
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
