## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }: ACME 계정 { $account }의 인증서 발급이 일시 중지되었습니다
mail-paused-greeting = 안녕하세요.
mail-paused-intro = { $ca }에서 ACME 계정 { $account }의 인증서 발급을 일시 중지했습니다. 이 계정을 사용하는 ACME 클라이언트가 오랫동안 도메인 검증에 계속 실패했고 인증서를 한 번도 발급받지 못했기 때문에, { $ca }에서는 이 클라이언트가 보내는 해당 도메인들에 대한 신청을 더 이상 받지 않습니다.
mail-paused-account = 계정 전체가 일시 중지되었습니다. 일시 중지를 해제하기 전까지는 어떤 도메인에 대해서도 인증서를 신청할 수 없습니다.
mail-paused-names =
    { $count ->
       *[other] 일시 중지된 도메인({ $count }개):
    }
mail-paused-more =
    { $count ->
       *[other] …그 밖에 도메인 { $count }개가 더 있습니다.
    }
mail-paused-since = { $since }부터 일시 중지되었습니다.
mail-paused-client-heading = 계속 실패하고 있는 클라이언트
mail-paused-client-ip = 이 클라이언트의 요청은 IP 주소 { $ip }에서 보내졌습니다.
mail-paused-client-agent = 클라이언트가 보낸 식별 정보: { $agent }
mail-paused-client-unknown = ACME 서버가 클라이언트의 주소를 알려 주지 않았습니다.
mail-paused-action-heading = 조치 방법
mail-paused-action = 이 인증서가 아직 필요하다면, 해당 클라이언트를 찾아 수정하고 스테이징 환경에서 수정 사항을 테스트한 다음, 아래 페이지에서 클릭 한 번으로 일시 중지를 해제하세요.
mail-paused-link-button = 일시 중지 해제 페이지 열기
mail-paused-link-expiry = 이 링크는 { $until }까지 사용할 수 있습니다. 그 이후에는 클라이언트가 받는 오류 메시지에 새 링크가 들어 있습니다.
mail-paused-ignore = 이 도메인들을 더 이상 사용하지 않는다면 아무것도 하지 않으셔도 됩니다. 도메인은 계속 일시 중지된 상태로 남습니다. 다만 잊고 있던 클라이언트는 꺼 주세요.
mail-paused-footer = 이 주소가 { $ca } ACME 계정 { $account }의 연락처로 등록되어 있어 이 이메일을 보내 드립니다. 이 이메일은 일시 중지 한 건당 한 번만 발송되며, 어떠한 추적 장치도 포함하지 않습니다.
mail-in-your-language = 이 안내는 한국어로도 볼 수 있습니다. 위 링크를 연 다음 페이지 맨 위에서 “한국어”를 선택하세요.
mail-paused-no-link = ACME 클라이언트가 다음에 받는 오류 메시지에는 일시 중지 해제 페이지 링크가 들어 있습니다. 또한 그 오류 메시지를 아래 페이지에 붙여 넣으면 그 안에서 링크를 찾아 드립니다:
