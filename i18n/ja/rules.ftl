# kenpos-rules: messages for member-input errors and warnings (Japanese).
# Each message says what is wrong and what to do. Variables are the same as in en.

## Login ID from the card (記号・番号)

rules-login-prefix-invalid = ログインIDの先頭の4けたの番号が正しく設定されていません。お手数ですが、窓口の職員にお知らせください。
rules-card-symbol-empty = 記号が入っていません。保険証やお知らせの「記号」のあとの数字を入力してください。
rules-card-number-empty = 番号が入っていません。保険証やお知らせの「番号」のあとの数字を入力してください。
rules-login-symbol-not-digits = 記号には、「記号」のあとに印刷されている数字だけを入力してください。記号にカナや漢字がある場合は、この画面ではなく、最初の画面の「ご家族・任意継続・特例退職の方」からお進みください。わからないときは、窓口の職員にお尋ねください。
rules-login-symbol-too-long = 記号は{ $max }けたまでです。「記号」のあとの数字だけを入力しているか、もう一度ご確認ください。
rules-card-number-not-digits = 番号には数字だけを入力してください。
rules-card-number-too-long = 番号は{ $max }けたまでです。「番号」のあとの数字だけを入力しているか、もう一度ご確認ください。
rules-card-number-branch = 番号のうしろに枝番（2けたの数字）が付いているようです。枝番は入力しなくてよいので、「{ $number }」と入力してください。
rules-card-insurer-in-symbol = 記号の欄に入力された8けたの数字は「保険者番号」のようです。記号の欄には「記号」のあとの数字を入力してください。保険者番号はログインIDには使いません。
rules-card-insurer-in-number = 番号の欄に入力された8けたの数字は「保険者番号」のようです。番号の欄には「番号」のあとの数字を入力してください。保険者番号はログインIDには使いません。

## Login ID typed whole

rules-login-id-empty = ログインIDが入っていません。ログインIDを入力してください。
rules-login-id-malformed = ログインIDの形が正しくありません。数字4けた・ハイフン・数字9けたで入力してください。
rules-login-id-malformed-for = ログインIDの形が正しくありません。「{ $prefix }-091200001」のように、「{ $prefix }-」と数字9けたで入力してください。
rules-login-id-wrong-prefix = このログインIDは、こちらの健康保険組合のものではないようです。「{ $prefix }-」で始まるログインIDを入力してください。

## Eligibility check (資格照会)

rules-elig-symbol-invalid-char = 記号に使えない文字「{ $found }」が入っています。保険証やお知らせに印刷されている記号のとおりに入力してください。
rules-elig-insurer-in-symbol = 記号の欄に入力された8けたの数字は「保険者番号」のようです。記号の欄には「記号」のあとの文字を入力し、保険者番号は保険者番号の欄（③）に入力してください。
rules-elig-insurer-in-number = 番号の欄に入力された8けたの数字は「保険者番号」のようです。番号の欄には「番号」のあとの数字を入力し、保険者番号は保険者番号の欄（③）に入力してください。
rules-elig-symbol-too-long = 記号が長すぎます（{ $max }文字まで）。「記号」のあとに印刷されている文字だけを入力してください。

## Insurer number (保険者番号)

rules-insurer-empty = 保険者番号が入っていません。保険証やお知らせの「保険者番号」の8けたの数字を入力してください。
rules-insurer-not-digits = 保険者番号には数字だけを入力してください。
rules-insurer-national-health = 6けたの番号は国民健康保険の保険者番号です。こちらの健康保険組合の保険者番号は8けたです。保険証や「資格情報のお知らせ」の「保険者番号」の欄をご確認ください。
rules-insurer-wrong-length = 入力された保険者番号は{ $length }けたです。保険者番号は8けたの数字です。もう一度ご確認ください。
rules-insurer-check-digit = 保険者番号の数字がどこか違うようです。保険証やお知らせを見ながら、1けたずつもう一度ご確認ください。
rules-insurer-not-this-society = この保険者番号は、こちらの健康保険組合のものではありません。お手元の保険証やお知らせの保険者番号をご確認ください。わからない場合は窓口の職員にお尋ねください。

## Birth date (生年月日)

rules-birth-empty = 生年月日が入っていません。「1980年1月21日」や「昭和55年1月21日」のように入力してください。
rules-birth-unrecognized = 生年月日として読み取れませんでした。「1980年1月21日」「19800121」「昭和55年1月21日」のように入力してください。
rules-birth-no-era = 年が2けただけなので、いつの年かわかりません。「昭和55年」のように元号を付けるか、「1980年」のように西暦4けたで入力してください。
rules-birth-era-year-zero = 0年という年はありません。最初の年は「元年」（1年）です。年をご確認ください。
rules-birth-invalid-month = { $month }月という月はありません。月は1から12までです。もう一度ご確認ください。
rules-birth-impossible-day = その年の{ $month }月に{ $day }日はありません。日付をもう一度ご確認ください。
rules-birth-outside-era = その日付は{ $given ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }ではありません。{ $era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }{ $era_year ->
        [1] 元
       *[other] { $era_year }
    }年{ $month }月{ $day }日（西暦{ $year }年）のことですか？ そうでしたら、そのように入力しなおしてください。
rules-birth-future = 生年月日が今日より後になっています。年をもう一度ご確認ください。
rules-birth-too-old = 今から{ $max_age }年以上前の日付になっています。年をもう一度ご確認ください。元号（昭和・平成など）が正しいかもご確認ください。

## Name in katakana (氏名カナ)

rules-kana-empty = お名前（カタカナ）が入っていません。カナのキーボードで入力してください。
rules-kana-latin = お名前はカタカナで入力してください。ローマ字（「{ $found }」など）は使えません。カナのキーボードをお使いください。
rules-kana-kanji = お名前はカタカナで入力してください。漢字（「{ $found }」など）は使えません。カナのキーボードをお使いください。
rules-kana-digit = お名前に数字（「{ $found }」）が入っています。お名前はカタカナで入力してください。
rules-kana-symbol = お名前に使えない文字「{ $found }」が入っています。カタカナと、姓と名の間のスペースだけで入力してください。

## Email address

rules-email-empty = メールアドレスが入っていません。メールアドレスを入力してください。
rules-email-invalid-char = メールアドレスに使えない文字「{ $found }」が入っています。半角の英字・数字と「.」「-」「_」などの文字で入力してください。
rules-email-missing-at = メールアドレスに「@」（アットマーク）がありません。「@」の前と後ろを入力してください。
rules-email-multiple-at = メールアドレスに「@」が2つ以上あります。「@」は1つだけです。もう一度ご確認ください。
rules-email-local-empty = 「@」の前が入っていません。メールアドレスを全部入力してください。
rules-email-local-too-long = 「@」の前が長すぎます（{ $max }文字まで）。メールアドレスをもう一度ご確認ください。
rules-email-dots = このメールアドレスは、「.」（ドット）が2つ続いているか、「@」の直前や先頭に「.」があるため、こちらからのメールを受け取れません。お手数ですが、別のメールアドレスを入力してください。
rules-email-domain-empty = 「@」の後ろが入っていません。「@」の後ろ（例: docomo.ne.jp）まで入力してください。
rules-email-domain-missing-dot = 「@」の後ろが途中までのようです。「gmail.com」のように「.」（ドット）を含めて最後まで入力してください。
rules-email-domain-too-long = 「@」の後ろが長すぎます（{ $max }文字まで）。メールアドレスをもう一度ご確認ください。
rules-email-domain-invalid = 「@」の後ろの部分が正しくないようです。「docomo.ne.jp」のような形になっているか、もう一度ご確認ください。
rules-email-carrier-filter = { $carrier }のメールアドレスでは、迷惑メール対策のため、こちらからのメールが届かないことがあります。メールを受け取れるよう、次の送信元を受信できる設定にしてください。

## New password

rules-password-too-short = パスワードが短すぎます。{ $min }文字以上にしてください。
rules-password-too-long = パスワードが長すぎます。{ $max }文字以内にしてください。
rules-password-birth-date = 生年月日が入ったパスワードは、他の人に推測されやすいので使えません。別のパスワードにしてください。
rules-password-login-id = ログインIDの数字が入ったパスワードは、他の人に推測されやすいので使えません。別のパスワードにしてください。
rules-password-service-name = 「kenpos」（ケンポス）が入ったパスワードは推測されやすいので使えません。別のパスワードにしてください。
rules-password-email = メールアドレスの一部が入ったパスワードは推測されやすいので使えません。別のパスワードにしてください。
rules-password-guessable = このパスワードはよく使われているか、推測されやすい形です。いくつかの言葉を組み合わせるなど、長めで自分だけがわかるパスワードにしてください。
