# ご家族（被扶養者）・任意継続被保険者・特例退職被保険者の方の初回登録（ガイド ①〜⑤）

# ① はじめに
family-start-body = ご家族（被扶養者）の方、任意継続被保険者の方、特例退職被保険者の方は、はじめてKENPOSをご利用になるときに、ここから初回登録をします。保険の資格を確認したあと、お名前・生年月日・メールアドレス・パスワードを登録します。
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
family-symbol-keypad-digits = 数字で入力
family-symbol-keypad-kana = カナで入力
family-symbol-kana-hint = 記号がカナ（例: ハビ）のときは、「カナで入力」を押してください。
family-which-document = 記号①・番号②・保険者番号③の位置は、書類によって違います。
family-privacy-title = ご入力いただく情報の取り扱い
family-purpose = 記号・番号・保険者番号は、KENPOSをご利用いただけるかどうか（資格）を確かめるためにお尋ねします。健康保険組合の保健事業のための確認で、健康保険法 第194条の2 で認められています。この端末には残しません。
family-inquiry-consent = ご入力の情報をもとに、ご加入の健康保険組合に資格を照会し、その結果を受け取ります。
family-inquiry-employer = 照会したことが、お勤め先など、お客様の所属する法人・団体に伝わることがあります。
family-inquiry-voluntary = 個人情報のご記入は任意です。ただし、必要な項目をご記入いただけないと、サービスをご提供できないことがあります。
family-privacy-contact = 個人情報の開示などのご請求、苦情・ご相談は、次の窓口へご連絡ください。
    { $organisation }「{ $desk }」
    { $address }
    メール: { $email }
family-privacy-manager = { $organisation }では、{ $title }が個人情報保護管理者（個人情報の責任者）です。
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
