# 被保険者本人の方のログイン（ガイド ①〜⑥）

# ① ログインID
insured-id-title = ログインIDを入力してください
insured-id-intro = ログインIDは、保険証の「記号」と「番号」から作ります。わからないときは、下の「保険証からIDを作る」をお使いください。
insured-id-label = ログインID
insured-id-placeholder = { $prefix }-000000000
insured-id-hint = 「{ $prefix }-」のあとに、記号3けたと番号6けたを続けます。けたが足りないときは、前に 0 を付けます（例: 記号 91・番号 200001 → { $prefix }-091200001、記号 123・番号 4567 → { $prefix }-123004567）。半角・全角どちらでも入力できます。
insured-id-next = パスワードを入力する
insured-card-title = 保険証からIDを作る
insured-card-intro = 保険証（または資格確認書・資格情報のお知らせ）に書かれている「記号」と「番号」を入れてください。足りないけたの 0 は自動で補います。
insured-card-symbol = 記号
insured-card-symbol-hint = 例: 91
insured-card-number = 番号
insured-card-number-hint = 例: 200001（枝番は入れません）
insured-card-preview = できあがるログインID
insured-card-preview-empty = { $prefix }-…
insured-card-which-document = 記号①と番号②の位置は、書類によって違います。
insured-card-use = このIDを使う

# ② パスワード
insured-password-title = パスワードを入力してください
insured-password-for = ログインID: { $login_id }
insured-password-label = パスワード
insured-password-show = 表示する
insured-password-hide = 隠す
insured-password-empty = パスワードを入力してください。
insured-password-next = ログインする
insured-maybe-family = 任意継続被保険者・特例退職被保険者の方は、ここではログインできません。下の「ご家族・任意継続・特例退職の方の登録へ」から登録してください。
insured-open-family = ご家族・任意継続・特例退職の方の登録へ
insured-birth-title = 初めてのパスワードは、生年月日の8けたです
insured-birth-label = 生年月日
insured-birth-use = この8けたを入れる

# 窓口
office-title = KENPOS事務局へのお問い合わせ
office-phone = 電話: { $phone }
office-hours = 受付時間: { $hours }
office-email = メール: { $email }

# ③ 同意
consent-title = 個人情報の取り扱いと会員利用規約
consent-intro = 下の2つの文書をお読みになり、同意いただける場合はチェックを入れてください。
consent-end = ― ここまでです ―
consent-scroll-hint = 「個人情報の取り扱いについて」を最後までスクロールすると、チェックを入れられるようになります。
consent-privacy-agree = 「個人情報の取り扱いについて」に同意します
consent-terms-agree = 「会員利用規約」に同意します
consent-next = 基本設定ステップへ進む

# ④ 基本設定
setup-title = 基本設定
setup-login-id = ログインID
setup-login-id-fixed = ログインIDは変更できません。
setup-email = メールアドレス
setup-email-hint = 登録のご案内メールが届きます。スマートフォンのメールアドレスもお使いいただけます。
setup-password-why = いまのパスワードは生年月日なので、ほかの人に推測されやすくなっています。新しいパスワードに変えることを強くおすすめします。
setup-new-password = 新しいパスワード
setup-password-hint = 8文字以上。長めの言葉の組み合わせがおすすめです（「!」や「#」などの文字や大文字は必須ではありません）。
setup-confirm-password = 新しいパスワード（確認のため、もう一度）
setup-password-mismatch = 2つのパスワードが一致しません。もう一度入力してください。
setup-password-choose = 新しいパスワードを入力するか、「今は生年月日のパスワードのままにする」にチェックを入れてください。
setup-keep-initial = 今は生年月日のパスワードのままにする（ログイン後に変更できます）
setup-newsletter-title = 配信設定
setup-newsletter = メールマガジンを受け取る
setup-next = 確認ステップに進む

# ⑤ 確認
confirm-title = 登録内容の確認
confirm-intro = 内容をご確認ください。直したいところは「変更」を押してください。
confirm-change = 変更
confirm-password = パスワード
confirm-password-new = 新しいパスワードに変更します
confirm-password-keep = 生年月日のパスワードのまま
confirm-newsletter-yes = 受け取る
confirm-newsletter-no = 受け取らない
confirm-send = メールを送信する

# ⑥ メール送信
sent-title = 登録メールを送信しました
sent-to = 送信先: { $email }
sent-expires = メールの中のリンクの有効期限は { $year }年{ $month }月{ $day }日 { $time } までです（24時間）。
sent-expires-24h = メールの中のリンクの有効期限は24時間です。
sent-open-link = 届いたメールの中のリンクを開いて、登録を完了してください。期限を過ぎると、登録をやり直す必要があります。
sent-qr = スマートフォンで読み取れます
home-title = ご自宅などでKENPOSにログインするときは
home-login-id = あなたのログインID（メモしておいてください）
home-login-email = ログインIDは、ご登録のメールアドレスです。
home-half-width = KENPOSのサイトでは、ログインIDとパスワードを半角で入力してください（全角では入力できません）。
home-site = KENPOSのサイトのアドレス
sent-not-arrived = メールが届かないときは
sent-check-spam = 迷惑メールフォルダをご確認ください。
sent-allow-sender = 携帯電話会社のメールをお使いの方は、次のドメインからのメールを受け取れるよう設定してください: { $domain }
sent-resend = メールをもう一度送る
sent-resend-wait = もう一度送れるまで あと{ $seconds }秒
sent-resent = メールをもう一度送りました。前のメールの中のリンクは使えなくなりました。
sent-finish = 終わる

# ログイン済み（手続き済み）
ready-title = KENPOSのご利用準備はできています
ready-body = 登録はすでに済んでいます。スマートフォンやパソコンで KENPOS にログインしてご利用ください。

# ID・パスワードを忘れた
recovery-intro = お忘れのものを選んでください。
recovery-email = 登録したメールアドレス
recovery-id-hint = ご登録のメールアドレスに、ログインIDをお知らせするメールを送ります。
recovery-id-or-email = ログインID またはメールアドレス
recovery-password-hint = パスワードを設定し直すためのメールを、ご登録のメールアドレスに送ります。
recovery-invalid = ログインID（{ $prefix }-で始まる形）か、メールアドレスを入力してください。
recovery-send = 送信する
recovery-sent = ご登録がある場合は、メールをお送りしました。届いたメールの案内にそって進めてください。
recovery-card-title = まだ一度もログインしていない、お勤め先で加入している本人の方へ
recovery-card-body = ログインIDは、保険証（または資格確認書・資格情報のお知らせ）の記号と番号から作れます。「{ $prefix }-」のあとに記号3けたと番号6けたを続けたものです。初めてのパスワードは、生年月日の8けたです（例: 1980年1月21日生まれなら 19800121）。
recovery-card-registered = ご家族・任意継続・特例退職の方と、すでにメールアドレスを登録した方は、登録したメールアドレスにログインIDをお知らせします。
recovery-card-email = メールでログインIDを受け取る
recovery-both-advice = ログインIDとパスワードの両方をお忘れの場合は、KENPOS事務局にご連絡ください。登録情報をリセットいたします。
