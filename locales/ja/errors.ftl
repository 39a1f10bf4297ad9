## templates/pages/error.html

error-invalid-link-title = この一時停止解除リンクは無効です
error-invalid-link-body = リンクが不完全か、途中で書き換えられています。ACME クライアントのエラーメッセージまたはメールから、「jwt=」以降の部分もすべて含めてリンク全体をコピーし、もう一度開いてください。
error-expired-link-title = この一時停止解除リンクは有効期限が切れています
error-expired-link-body = 一時停止解除リンクは一定の期間しか使えません。新しいリンクを取得するには、ACME クライアントをもう一度実行してください（できれば、まずステージング環境に対して）。そのエラーメッセージに新しいリンクが含まれています。通知メールにもリンクが記載されています。
error-bad-request-title = リクエストの内容を解釈できませんでした
error-bad-request-body = 一時停止解除ページに戻り、ページを再読み込みしてから、もう一度お試しください。
error-forbidden-title = リクエストは拒否されました
error-forbidden-body = 安全のため、一時停止の解除は、同じブラウザーのセッション内で一時停止解除ページから操作した場合にのみ行えます。リンクをもう一度開き、そのページにあるボタンを使ってください。
error-not-found-title = ページが見つかりません
error-not-found-body = このアドレスには何もありません。ホームページからやり直してください。
error-method-title = ここではこの操作を行えません
error-method-body = このアドレスは、この種類のリクエストを受け付けていません。ホームページからやり直してください。
error-too-large-title = リクエストが大きすぎます
error-too-large-body = リクエストに含まれるデータが、このポータルで受け付けられる量を超えています。一時停止解除ページを再読み込みして、もう一度お試しください。
error-unavailable-title = 一時的にご利用いただけません
error-unavailable-body = 現在、ポータルがデータベースに接続できません。1 分ほど待ってからもう一度お試しいただき、その後リンクを開き直して現在の状態をご確認ください。
error-internal-title = 問題が発生しました
error-internal-body = こちら側で処理に失敗しました。リンクをもう一度開いて、現在の状態をご確認ください。再び発生する場合は、サポートを依頼する際に下記の参照番号をお伝えください。
error-request-id = 参照番号：{ $id }
error-home = ホームページ
