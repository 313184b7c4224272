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
document-caption-kind = 本人（被保険者）
    .gloss = {""}

## 見本の値（書類に印刷されているとおり）
document-sample-symbol = 1234
document-sample-number = 12345
document-sample-branch = 01
document-sample-paper-symbol = ハビ
document-sample-paper-number = 123456
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

## 図の下の説明（どこに印刷されているか）
document-where-card-symbol = ① 記号：上の段、「記号」のすぐ右の数字（例 1234）
document-where-card-number = ② 番号：「番号」のすぐ右の数字（例 12345）。枝番は入れません
document-where-card-insurer = ③ 保険者番号：下のほう、「保険者番号」の右の8けた（例 { $insurer }）
document-where-paper-symbol = ① 記号：「証号」の欄の前半（例 ハビ）。かなや漢字のこともあります
document-where-paper-number = ② 番号：「証号」の欄の後半の数字（例 123456）
document-where-paper-insurer = ③ 保険者番号：「保険者番号」の欄の8けた（例 { $insurer }）
document-where-notice-symbol = ① 記号：表の「記号」の欄（例 1234）
document-where-notice-number = ② 番号：表の「番号」の欄（例 12345）。枝番は入れません
document-where-notice-insurer = ③ 保険者番号：表の「保険者番号」の欄の8けた（例 { $insurer }）

## マイナンバーカードだけの方
document-mynumber-title = マイナンバーカードには、これらの番号は書かれていません
document-mynumber-note = 記号・番号・保険者番号は、マイナンバーカードの表にも裏にも印刷されていません。
document-mynumber-where = 「資格情報のお知らせ」（紙）をご覧になるか、スマートフォンのマイナポータルで「健康保険証」の情報を開いてください。わからないときは窓口の職員にお声がけください。
