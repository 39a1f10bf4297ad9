## templates/base.html

common-site-name = { $ca } 일시 중지 해제 포털
common-skip = 본문으로 건너뛰기
common-nav-label = 사이트
common-nav-help = 도움말
common-footer-forum = 도움이 필요하신가요? 커뮤니티 포럼에 편하게 질문해 주세요.

## templates/partials/staging.html

staging-heading = 먼저 스테이징 환경에서 수정 사항을 테스트하세요
staging-intro = 먼저 클라이언트를 수정한 다음, 스테이징 환경에서 수정이 제대로 되었는지 확인하세요. 스테이징 환경은 운영 환경과 똑같이 작동하지만 브라우저가 신뢰하지 않는 테스트용 인증서를 발급하고 한도도 훨씬 높기 때문에, 부담 없이 얼마든지 시도해 볼 수 있습니다. 스테이징 환경의 디렉터리 URL은 다음과 같습니다.
staging-clients-caption = 주요 ACME 클라이언트에서 스테이징 환경을 사용하도록 설정하는 방법
staging-col-client = 클라이언트
staging-col-command = 명령어 또는 설정
staging-after = 클라이언트가 스테이징 환경에서 테스트 인증서를 받으면, 다시 운영 환경을 사용하도록 되돌리고 일시 중지를 해제한 다음 클라이언트를 다시 실행하세요.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = 한국어
common-language-label = 언어
common-language-button = 변경
common-footer-docs = 문서
