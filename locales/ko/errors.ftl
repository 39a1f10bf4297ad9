## templates/pages/error.html

error-invalid-link-title = 유효하지 않은 일시 중지 해제 링크입니다
error-invalid-link-body = 링크가 불완전하거나 전달 과정에서 변경되었습니다. ACME 클라이언트의 오류 메시지나 이메일에서 “jwt=” 뒷부분까지 모두 포함해 링크 전체를 복사한 다음 다시 열어 주세요.
error-expired-link-title = 만료된 일시 중지 해제 링크입니다
error-expired-link-body = 일시 중지 해제 링크는 정해진 시간 동안만 사용할 수 있습니다. 새 링크를 받으려면 ACME 클라이언트를 한 번 더 실행하세요(가능하면 먼저 스테이징 환경을 대상으로 실행하세요). 오류 메시지에 새 링크가 들어 있습니다. 알림 이메일에도 링크가 있습니다.
error-bad-request-title = 요청을 이해할 수 없습니다
error-bad-request-body = 일시 중지 해제 페이지로 돌아가 페이지를 새로 고친 후 다시 시도해 주세요.
error-forbidden-title = 요청이 거부되었습니다
error-forbidden-body = 안전을 위해 일시 중지 해제는 같은 브라우저 세션에서 일시 중지 해제 페이지를 통해서만 할 수 있습니다. 링크를 다시 열고 해당 페이지의 버튼을 사용해 주세요.
error-not-found-title = 페이지를 찾을 수 없습니다
error-not-found-body = 이 주소에는 아무것도 없습니다. 홈페이지에서 다시 시작해 주세요.
error-method-title = 여기서는 이 작업을 할 수 없습니다
error-method-body = 이 주소는 이러한 유형의 요청을 받지 않습니다. 홈페이지에서 다시 시작해 주세요.
error-too-large-title = 요청이 너무 큽니다
error-too-large-body = 요청에 포함된 데이터가 이 포털에서 허용하는 양보다 많습니다. 일시 중지 해제 페이지를 새로 고친 후 다시 시도해 주세요.
error-unavailable-title = 일시적으로 이용할 수 없습니다
error-unavailable-body = 지금은 포털이 데이터베이스에 연결할 수 없습니다. 1분 정도 후에 다시 시도한 다음, 링크를 다시 열어 현재 상태를 확인해 주세요.
error-internal-title = 문제가 발생했습니다
error-internal-body = 저희 쪽에서 처리에 실패했습니다. 링크를 다시 열어 현재 상태를 확인해 주세요. 문제가 다시 발생하면 도움을 요청할 때 아래의 참조 번호를 함께 알려 주세요.
error-request-id = 참조 번호: { $id }
error-home = 홈페이지
error-too-many-title = 요청이 너무 많습니다
error-too-many-body = 이 브라우저 또는 네트워크에서 짧은 시간 동안 포털이 허용하는 것보다 많은 요청을 보냈습니다. 1분 정도 기다린 후 링크를 다시 열어 주세요.
error-unpause-too-often-title = 먼저 ACME 클라이언트를 수정해 주세요
error-unpause-too-often-body = 이 계정은 최근 여러 번 일시 중지가 해제되었지만, ACME 클라이언트가 계속 실패하여 매번 다시 일시 중지되었습니다. 클라이언트를 수정하기 전에는 일시 중지를 다시 해제해도 소용이 없습니다. 실패하는 클라이언트를 찾아 설정을 수정한 다음 스테이징 환경을 대상으로 테스트하세요. 일시 중지는 나중에 다시 해제할 수 있으며, 기다려야 하는 시간은 아래에 표시되어 있습니다. 도움이 필요하면 커뮤니티 포럼에 질문해 주세요.
error-retry-after = { $time } 이후에 다시 시도할 수 있습니다.
