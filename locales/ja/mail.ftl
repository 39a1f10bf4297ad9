## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }：ACME アカウント { $account } の証明書発行が一時停止されました
mail-paused-greeting = ご担当者様
mail-paused-intro = { $ca } は、お使いの ACME アカウント { $account } の証明書発行を一時停止しました。このアカウントを使用している ACME クライアントが、長期間にわたってドメイン名の検証に失敗し続け、証明書の取得に一度も成功しなかったため、{ $ca } はこのクライアントからの、これらのドメイン名に対する申請を受け付けないようにしました。
mail-paused-account = アカウント全体が一時停止されています。一時停止を解除するまで、どのドメイン名の証明書も申請できません。
mail-paused-names =
    { $count ->
       *[other] 一時停止中のドメイン名（{ $count } 件）：
    }
mail-paused-more =
    { $count ->
       *[other] …ほかに { $count } 件のドメイン名があります。
    }
mail-paused-since = { $since } から一時停止されています。
mail-paused-client-heading = 失敗し続けているクライアント
mail-paused-client-ip = このクライアントからのリクエストは、IP アドレス { $ip } から送信されていました。
mail-paused-client-agent = クライアントが送信した識別情報：{ $agent }
mail-paused-client-unknown = ACME サーバーからは、クライアントのアドレスが報告されませんでした。
mail-paused-action-heading = 対処方法
mail-paused-action = これらの証明書がまだ必要な場合は、該当するクライアントを見つけて修正し、その修正をステージング環境でテストしてから、次のページでワンクリックで一時停止を解除してください：
mail-paused-link-button = 一時停止解除ページを開く
mail-paused-link-expiry = このリンクは { $until } まで有効です。それ以降は、クライアントが受け取るエラーメッセージに新しいリンクが含まれます。
mail-paused-ignore = これらのドメイン名をもう使用していない場合は、何もする必要はありません。一時停止されたままになります。なお、忘れられたままのクライアントは停止してください。
mail-paused-footer = このメールは、このアドレスが { $ca } の ACME アカウント { $account } の連絡先として登録されているため、お送りしています。一時停止 1 回につき 1 度だけ送信され、トラッキングは一切含まれていません。
mail-in-your-language = このお知らせは日本語でもご覧いただけます。上のリンクを開き、ページ上部で「日本語」を選んでください。
mail-paused-no-link = ACME クライアントが次に受け取るエラーメッセージには、一時停止解除ページへのリンクが含まれます。また、そのエラーメッセージを次のページに貼り付けると、その中からリンクを見つけ出せます：
