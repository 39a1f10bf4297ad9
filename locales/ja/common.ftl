## templates/base.html

common-site-name = { $ca } 一時停止解除ポータル
common-skip = 本文へスキップ
common-nav-label = サイト
common-nav-help = ヘルプ
common-footer-forum = お困りですか？　コミュニティフォーラムでお気軽にご質問ください。

## templates/partials/staging.html

staging-heading = まずはステージング環境で修正を確認しましょう
staging-intro = まずクライアントを修正し、その修正がうまくいくことをステージング環境で確かめてください。ステージング環境は本番環境と同じように動作しますが、発行されるのはブラウザーが信頼しないテスト用の証明書で、制限もはるかに緩いため、何度試しても困ることはありません。ステージング環境のディレクトリ URL は次のとおりです：
staging-clients-caption = 主な ACME クライアントでステージング環境を指定する方法
staging-col-client = クライアント
staging-col-command = コマンドまたは設定
staging-after = ステージング環境からテスト用の証明書を取得できたら、クライアントの設定を本番環境に戻し、一時停止を解除してから、もう一度実行してください。

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = 日本語
common-language-label = 言語
common-language-button = 切り替え
common-footer-docs = ドキュメント
