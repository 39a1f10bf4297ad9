## templates/pages/unpause.html

unpause-title = ACME アカウントの一時停止を解除
unpause-heading-paused = このアカウントの証明書発行は一時停止されています
unpause-heading-clear = このアカウントで一時停止されているものはありません
unpause-account = ACME アカウント { $account }
unpause-account-paused = { $since } 以降、アカウント全体が一時停止されています。一時停止を解除するまで、どのドメイン名の証明書も申請できません。
unpause-count =
    { $count ->
       *[other] { $count } 件のドメイン名が一時停止されています。
    }
unpause-since = 最も古い一時停止は { $since } からです。
unpause-why-heading = 一時停止された理由
unpause-why = このアカウントを使用している ACME クライアントが、長期間にわたってこれらのドメイン名の検証に失敗し続け、証明書の取得に一度も成功しませんでした。これは通常、クライアントが忘れられていることを意味します。たとえば、ドメインの有効期限が切れた、DNS が別の場所を指すようになった、Web サーバーが変わった、古いホスティングのコントロールパネルのジョブがまだ動いている、といった状況です。こうした無駄な処理を止めるため、{ $ca } は、このアカウントからのこれらのドメイン名に対する申請を受け付けないようにしています。
unpause-what-heading = 一時停止の解除
unpause-what = 一時停止を解除すると、このアカウントはすぐにこれらのドメイン名の証明書を再び申請できるようになります。クライアントが失敗し続けると、再び一時停止されます。
unpause-all-button = すべての一時停止を解除
unpause-select-heading = または、一部のドメイン名だけ一時停止を解除する
unpause-select-hint = 現在も使用しているドメイン名にチェックを入れてから、下のボタンを押してください。
unpause-name-since = { $since } から
unpause-more =
    { $count ->
       *[other] ほかに一時停止中のドメイン名が { $count } 件ありますが、ここには表示されていません。「すべての一時停止を解除」にはそれらも含まれます。
    }
unpause-selected-button = チェックしたドメイン名だけ一時停止を解除
unpause-clear-text = 解除が必要な一時停止はありません。このアカウントはどのドメイン名の証明書も申請できます。クライアントがまだ一時停止を報告している場合、そのエラーは別のアカウントによるものかもしれません。
unpause-help-link = 確認すべき点と、修正をテストする方法

## templates/pages/unpause_status.html

status-title = 一時停止解除の結果
status-done-heading = 一時停止を解除しました
status-account = アカウント全体の一時停止を解除しました。
status-names =
    { $count ->
        [0] 解除が必要な一時停止中のドメイン名はありませんでした。
       *[other] { $count } 件のドメイン名の一時停止を解除しました。
    }
status-remaining =
    { $count ->
       *[other] { $count } 件のドメイン名がまだ一時停止されています。それらも解除するには、リンクをもう一度開いてください。
    }
status-next = クライアントは再び証明書を申請できるようになりました。次回の実行結果を確認してください。再び失敗すると、ドメイン名は再び一時停止されます。
status-nothing-heading = 解除が必要なものはありませんでした
status-nothing = すべての一時停止はすでに解除されていました。変更は何も行われていません。
status-none-heading = 最近の一時停止解除はありません
status-none = このページには、このブラウザーで行った一時停止解除の結果が表示されます。現在の状態を確認するには、ACME クライアントのエラーメッセージまたはメールに記載されたリンクを開いてください。
unpause-count-many = { $count } 件を超えるドメイン名が一時停止されています。
unpause-more-many = ほかにも一時停止中のドメイン名が多数ありますが、ここには表示されていません。「すべての一時停止を解除」にはそれらも含まれます。

## templates/pages/unpause.html (the unpause budget, shown when few unpauses are left)
unpause-budget-left =
    { $count ->
        [0] 新たに一時停止された後は、{ $until } まではここで再び一時停止を解除できません。まずクライアントを修正してテストしてください。
       *[other] { $until } までに、新たな一時停止の後に解除できるのはあと { $count } 回だけです。まずクライアントを修正してテストしてください。
    }
