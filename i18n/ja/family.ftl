# ご家族（被扶養者）・任意継続被保険者の方の初回登録（ガイド ①〜⑤）

# ① はじめに
family-start-body = ご家族（被扶養者）の方と任意継続被保険者の方は、はじめてKENPOSをご利用になるときに、ここから初回登録をします。保険の資格を確認したあと、お名前・生年月日・メールアドレス・パスワードを登録します。
family-start-ready = ご用意いただくもの
family-start-ready-list = ・資格情報のお知らせ、資格確認書、または健康保険証（記号・番号・保険者番号が書かれたもの）
    ・メールを受け取れるスマートフォンや携帯電話
    ・マイナンバーカードだけをお持ちの方は、マイナポータルで記号・番号・保険者番号を表示してください
family-start-next = 初回登録ページに移動する

# ② 資格照会
family-eligibility-title = 初回登録（資格照会）
family-eligibility-intro = お手元の書類をご用意のうえ、記号・番号・保険者番号を入力してください。右の図で、書類のどこに書かれているかを確認できます。
family-symbol = 記号 ①（必須）
family-number = 番号 ②（必須）
family-insurer = 保険者番号 ③（必須）
family-half-width-ok = 全角で入力しても自動で直します。
family-which-document = 記号①・番号②・保険者番号③の位置は、書類によって違います。
family-purpose = 記号・番号・保険者番号は、健康保険組合の保健事業（KENPOS）のご本人確認のためにお尋ねします（健康保険法 第194条の2）。この端末には保存しません。
family-inquiry-consent = ご入力の情報をもとに、ご加入の健康保険組合に資格を照会します。個人情報のご記入はお客様の任意ですが、必要な項目をご記入いただけない場合、サービスを提供できないことがあります。
family-privacy-contact = 個人情報に関する開示等、苦情・相談は「個人情報問合せ窓口」（〒102-0094 東京都千代田区紀尾井町3番6号 株式会社イーウェル、privacy@ewel.co.jp）へご連絡ください。
family-eligibility-next = 上記同意の上、個人情報・利用規約同意ステップに進む
family-registered-login = 登録済みの方は、スマートフォンなどで KENPOS に登録したメールアドレスでログインしてください。

# ③ 基本設定
family-name = 氏名（カタカナ）
family-name-hint = 例: ケンコウ ハナコ（姓と名の間にスペース）。ひらがなで入力すると、カタカナに直します。
family-birth = 生年月日
family-email-is-login = ここで登録するメールアドレスがログインIDになります。スマートフォンのメールアドレスもお使いいただけます。
family-password = パスワード
family-confirm-password = パスワード（確認のため、もう一度）

# ④ 確認
family-login-email = メールアドレス（ログインID）
family-password-set = 設定済み（表示しません）
