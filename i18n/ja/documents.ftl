# 書類ガイド：会員がお持ちの書類の図と、記号①・番号②・保険者番号③の位置

## 書類の名前（選択ボタン）
document-picker-prompt = お持ちの書類を選んでください
document-name-card = 健康保険証（カード）
document-name-paper = 健康保険証（紙）
document-name-certificate = 資格確認書
document-name-notice = 資格情報のお知らせ
document-name-mynumber = マイナンバーカードだけ

## 書類に印刷されている表題
document-title-card = 健康保険 被保険者証
document-title-certificate = 健康保険 資格確認書
document-title-paper = 健康保険被保険者証
document-title-notice = 資格情報のお知らせ
document-cutout = ----- キリトリ（切り取ってお使いいただけます）-----

## 書類に印刷されている項目名（.gloss は英語表示のときの説明）
document-caption-symbol = 記号
    .gloss = {""}
document-caption-number = 番号
    .gloss = {""}
document-caption-branch = （枝番）
    .gloss = {""}
document-caption-insurer-number = 保険者番号
    .gloss = {""}
document-caption-insurer-name = 保険者名称
    .gloss = {""}
document-caption-name = 氏名
    .gloss = {""}
document-caption-birth = 生年月日
    .gloss = {""}
document-caption-sex = 性別
    .gloss = {""}
document-caption-acquired = 資格取得年月日
    .gloss = {""}
document-caption-issued = 交付
    .gloss = {""}
document-caption-issued-on = 交付年月日
    .gloss = {""}
document-caption-valid-until = 有効期限
    .gloss = {""}
document-caption-shogo = 証号
    .gloss = {""}
# 被保険者本人の方の画面（ログインID）の図
document-caption-kind-insured = 本人（被保険者）
    .gloss = {""}
# ご家族・任意継続の方の画面（初回登録）の図：被扶養者のカード
document-caption-kind-family = 家族（被扶養者）
    .gloss = {""}

## 見本の値（書類に印刷されているとおり）
# 被保険者本人の方の画面の図（どの書類も）：ガイドのログインIDの例（記号 91・番号 200001 → 7132-091200001）と同じ値
document-sample-insured-symbol = 91
document-sample-insured-number = 200001
# ご家族・任意継続の方の画面の図：ガイドの見本の値（紙の保険証の証号はハビ 123456）
document-sample-family-symbol = 1234
document-sample-family-number = 12345
document-sample-family-paper-symbol = ハビ
document-sample-family-paper-number = 123456
document-sample-branch = 01
# 見本の値。保険者名と保険者番号は設定（society.name_ja、最初の insurer_numbers）のものを描き、設定がないときだけこれを使います。
document-sample-insurer-number = 06139984
document-sample-insurer-name = けんぽす健康保険組合
document-sample-name = ケンコウ タロウ
document-sample-addressee = ケンコウ タロウ 様
document-sample-birth = 昭和55年1月21日
document-sample-sex = 男
document-sample-acquired = 平成20年4月1日
document-sample-date-issued = 令和2年4月1日
document-sample-date-valid = 令和7年12月1日
document-sample-date-certificate-valid = 令和12年7月31日

## 枝番
document-branch-note = 入力不要
document-branch-explained = 枝番（2けたの番号）は入力しません。番号のうしろに付けないでください。

## 図の下の説明（どこに印刷されているか）。① と ② は両方の画面で同じ文なので、見本の値は書きません（上の図に、その画面の見本が描かれています）
document-where-card-symbol = ① 記号：上の段、「記号」のすぐ右の数字
document-where-card-number = ② 番号：「番号」のすぐ右の数字。枝番は入れません
document-where-card-insurer = ③ 保険者番号：下のほう、「保険者番号」の右の8けた（例 { $insurer }）
document-where-paper-symbol = ① 記号：「証号」の欄の前半。かなや漢字のこともあります
document-where-paper-number = ② 番号：「証号」の欄の後半の数字
document-where-paper-insurer = ③ 保険者番号：「保険者番号」の欄の8けた（例 { $insurer }）
document-where-notice-symbol = ① 記号：表の「記号」の欄
document-where-notice-number = ② 番号：表の「番号」の欄。枝番は入れません
document-where-notice-insurer = ③ 保険者番号：表の「保険者番号」の欄の8けた（例 { $insurer }）

## マイナンバーカードだけの方
document-mynumber-title = マイナンバーカードには、これらの番号は書かれていません
document-mynumber-note = 記号・番号・保険者番号は、マイナンバーカードの表にも裏にも印刷されていません。
document-mynumber-where = 「資格情報のお知らせ」（紙）をご覧になるか、スマートフォンのマイナポータルで「健康保険証」の情報を開いてください。わからないときは窓口の職員にお声がけください。
