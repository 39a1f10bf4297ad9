## templates/pages/unpause.html

unpause-title = ACME 계정 일시 중지 해제
unpause-heading-paused = 이 계정의 인증서 발급이 일시 중지되었습니다
unpause-heading-clear = 이 계정에는 일시 중지된 항목이 없습니다
unpause-account = ACME 계정 { $account }
unpause-account-paused = { $since }부터 계정 전체가 일시 중지된 상태입니다. 일시 중지를 해제하기 전까지는 어떤 도메인에 대해서도 인증서를 신청할 수 없습니다.
unpause-count =
    { $count ->
       *[other] 도메인 { $count }개가 일시 중지되었습니다.
    }
unpause-since = 가장 오래된 일시 중지는 { $since }부터입니다.
unpause-why-heading = 일시 중지된 이유
unpause-why = 이 계정을 사용하는 ACME 클라이언트가 오랫동안 이 도메인들의 검증에 계속 실패했고, 인증서를 한 번도 발급받지 못했습니다. 이는 보통 클라이언트가 잊혀 방치되었다는 뜻입니다. 예를 들어 도메인이 만료되었거나, DNS가 이제 다른 곳을 가리키거나, 웹 서버가 바뀌었거나, 예전 호스팅 관리 패널의 작업이 아직 실행 중인 경우입니다. 이런 불필요한 작업을 멈추기 위해 { $ca }에서는 이 계정에서 보내는 이 도메인들에 대한 신청을 더 이상 받지 않습니다.
unpause-what-heading = 일시 중지 해제
unpause-what = 일시 중지를 해제하면 이 계정으로 이 도메인들의 인증서를 즉시 다시 신청할 수 있습니다. 클라이언트가 계속 실패하면 도메인이 다시 일시 중지됩니다.
unpause-all-button = 모두 일시 중지 해제
unpause-select-heading = 또는 일부 도메인만 일시 중지 해제
unpause-select-hint = 아직 사용하는 도메인에 체크한 후 아래 버튼을 누르세요.
unpause-name-since = { $since }부터
unpause-more =
    { $count ->
       *[other] 여기에 표시되지 않은 일시 중지된 도메인이 { $count }개 더 있습니다. “모두 일시 중지 해제”에는 이 도메인들도 포함됩니다.
    }
unpause-selected-button = 체크한 도메인만 일시 중지 해제
unpause-clear-text = 해제할 일시 중지가 없습니다. 이 계정은 모든 도메인에 대해 인증서를 신청할 수 있습니다. 클라이언트가 여전히 일시 중지되었다고 보고한다면, 그 오류는 다른 계정에서 발생한 것일 수 있습니다.
unpause-help-link = 확인할 사항과 수정 사항을 테스트하는 방법

## templates/pages/unpause_status.html

status-title = 일시 중지 해제 결과
status-done-heading = 일시 중지가 해제되었습니다
status-account = 계정 전체의 일시 중지가 해제되었습니다.
status-names =
    { $count ->
        [0] 일시 중지를 해제해야 할 도메인이 없었습니다.
       *[other] 도메인 { $count }개의 일시 중지가 해제되었습니다.
    }
status-remaining =
    { $count ->
       *[other] 도메인 { $count }개가 아직 일시 중지되어 있습니다. 이 도메인들도 해제하려면 링크를 다시 열어 주세요.
    }
status-next = 이제 클라이언트가 다시 인증서를 신청할 수 있습니다. 다음 실행 결과를 지켜봐 주세요. 다시 실패하면 도메인이 다시 일시 중지됩니다.
status-nothing-heading = 일시 중지를 해제할 항목이 없었습니다
status-nothing = 모든 항목의 일시 중지가 이미 해제되어 있었습니다. 변경된 내용은 없습니다.
status-none-heading = 최근 일시 중지 해제 내역이 없습니다
status-none = 이 페이지에는 이 브라우저에서 수행한 일시 중지 해제 결과가 표시됩니다. 현재 상태를 보려면 ACME 클라이언트의 오류 메시지나 이메일에 있는 링크를 열어 주세요.
unpause-count-many = { $count }개가 넘는 도메인이 일시 중지되었습니다.
unpause-more-many = 여기에 표시되지 않은 일시 중지된 도메인이 그 밖에도 많이 있습니다. “모두 일시 중지 해제”에는 이 도메인들도 포함됩니다.

## templates/pages/unpause.html (the unpause budget, shown when few unpauses are left)
unpause-budget-left =
    { $count ->
        [0] 새로 일시 중지된 뒤에는 { $until } 전까지 여기서 다시 일시 중지를 해제할 수 없습니다. 먼저 클라이언트를 고치고 테스트하세요.
       *[other] { $until } 전까지 새 일시 중지 뒤에 해제할 수 있는 횟수는 { $count }번만 남았습니다. 먼저 클라이언트를 고치고 테스트하세요.
    }
