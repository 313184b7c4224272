//! The consent documents (personal-information notice, member terms), ja and en.

use kenpos_contract::{ConsentDocument, ConsentDocumentId, Lang};

/// Current version of the personal-information notice.
pub const PRIVACY_VERSION: &str = "2026-04-01";
/// Current version of the member terms.
pub const TERMS_VERSION: &str = "2026-04-01";

const PRIVACY_JA_TITLE: &str = "個人情報の取り扱いについて";
const PRIVACY_JA: &str = "健康保険組合(以下「当組合」)は、KENPOSの会員登録とご利用にあたり、お客様の個人情報を次のとおり取り扱います。

1. 取得する情報と目的
健康保険証・資格確認書・資格情報のお知らせなどに記載された記号・番号・保険者番号、氏名(カタカナ)、生年月日、メールアドレスをお伺いします。記号・番号・保険者番号は、当組合の加入者であることを確認(資格照会)し、当組合が行う保健事業(健康保険法第150条)としてKENPOSをご提供するためにのみ使います。健康保険法第194条の2により、保険者が行う保健事業のためであれば、これらの番号をお伺いすることが認められています。

2. 窓口の端末について
この受付端末は、入力された番号・氏名・生年月日・メールアドレス・パスワードを保存しません。手続きが終わるか、一定時間操作がないと、入力内容はすべて消去されます。

3. 第三者への提供
法令に基づく場合を除き、ご本人の同意なく第三者に提供しません。KENPOSの運営を委託する事業者には、必要な範囲で取り扱いを委託し、適切に監督します。

4. お問い合わせ
個人情報の開示・訂正・利用停止のご請求、苦情やご相談は、当組合の窓口までお申し出ください。

個人情報のご記入は任意ですが、必要な項目のご記入がない場合、サービスをご提供できないことがあります。";

const PRIVACY_EN_TITLE: &str = "How we use your personal information";
const PRIVACY_EN: &str = "The health insurance society (“we”) handles your personal information for KENPOS signup and use as follows.

1. What we ask for and why
We ask for the symbol (記号), number (番号) and insurer number (保険者番号) printed on your health insurance card, eligibility certificate or notice of eligibility information, and for your name in katakana, your date of birth and your email address. We use the symbol, number and insurer number only to confirm that you are covered by us (eligibility check) and to provide KENPOS as one of our health services (Health Insurance Act, Article 150). Article 194-2 of the Health Insurance Act allows an insurer to ask for these numbers for its own health services.

2. About this kiosk
This kiosk does not keep the numbers, names, dates of birth, email addresses or passwords you enter. Everything you entered is erased when you finish or when the kiosk is left unused for a while.

3. Sharing
We do not give your information to others without your consent, except where the law requires it. Companies that run KENPOS for us handle it only as far as needed, under our supervision.

4. Contact
To see, correct or stop the use of your information, or for questions and complaints, please contact our office.

Giving this information is up to you, but without the required items we may not be able to provide the service.";

const TERMS_JA_TITLE: &str = "会員利用規約";
const TERMS_JA: &str = "第1条(目的)
この規約は、健康保険組合の加入者とそのご家族がKENPOSを利用するときの約束ごとを定めます。

第2条(会員登録)
会員登録は、ご本人が行ってください。登録したログインIDとパスワードは、ご本人が責任をもって管理し、他の人に教えないでください。

第3条(メールアドレス)
登録したメールアドレスには、登録の確認やお知らせをお送りします。メールマガジンはご希望の方にだけお送りし、いつでも配信を止められます。

第4条(禁止事項)
他の人になりすますこと、サービスの運営を妨げること、法令や公序良俗に反することはしないでください。

第5条(サービスの変更・停止)
保守や障害のため、サービスを一時停止することがあります。

第6条(退会)
健康保険組合の資格を失ったときは、会員資格も終了します。";

const TERMS_EN_TITLE: &str = "Member terms of use";
const TERMS_EN: &str = "Article 1 (Purpose)
These terms set out how members of the health insurance society and their families may use KENPOS.

Article 2 (Signup)
Please sign up yourself. Keep your login ID and password to yourself and do not tell them to anyone.

Article 3 (Email)
We send signup confirmations and notices to the email address you register. The newsletter is sent only if you ask for it, and you can stop it at any time.

Article 4 (What is not allowed)
Do not pretend to be someone else, disturb the service, or break the law or public order.

Article 5 (Changes and pauses)
We may pause the service for maintenance or when something goes wrong.

Article 6 (Leaving)
Your membership ends when your coverage by the health insurance society ends.";

/// Both documents in the given language.
pub fn documents(lang: Lang) -> Vec<ConsentDocument> {
    let (pt, pb, tt, tb) = match lang {
        Lang::Ja => (PRIVACY_JA_TITLE, PRIVACY_JA, TERMS_JA_TITLE, TERMS_JA),
        Lang::En => (PRIVACY_EN_TITLE, PRIVACY_EN, TERMS_EN_TITLE, TERMS_EN),
    };
    vec![
        ConsentDocument {
            id: ConsentDocumentId::Privacy,
            version: PRIVACY_VERSION.to_owned(),
            title: pt.to_owned(),
            body: pb.to_owned(),
        },
        ConsentDocument {
            id: ConsentDocumentId::Terms,
            version: TERMS_VERSION.to_owned(),
            title: tt.to_owned(),
            body: tb.to_owned(),
        },
    ]
}
